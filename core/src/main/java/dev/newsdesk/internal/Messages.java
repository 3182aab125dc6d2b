package dev.newsdesk.internal;

import java.net.URI;
import java.nio.file.Path;

/**
 * Every message a Newsdesk exception carries, in one place, so that they read alike: what failed,
 * the value, the rule and the fix.
 */
public final class Messages {
  private Messages() {}

  public static String privateAddressBlocked(URI uri, String address) {
    return "Cannot fetch " + uri + ": it resolves to " + address
        + ", a loopback, private or link-local address, which is blocked;"
        + " allow them with FetchPolicy.allowingPrivateAddresses().";
  }

  public static String unsupportedScheme(URI uri) {
    return "Cannot fetch " + uri + ": only http and https URLs are fetched.";
  }

  public static String unknownHost(URI uri) {
    return "Cannot fetch " + uri + ": the host name does not resolve.";
  }

  public static String unreachable(URI uri, Exception cause) {
    return "Cannot fetch " + uri + ": " + describe(cause) + ".";
  }

  public static String httpStatus(URI uri, int status) {
    return "Cannot fetch " + uri + ": the server answered HTTP " + status + ".";
  }

  public static String tooManyRedirects(URI uri, int limit) {
    return "Cannot fetch " + uri + ": more than " + limit
        + " redirects; raise FetchPolicy.maxRedirects if the site needs more.";
  }

  public static String redirectLoop(URI uri, URI target) {
    return "Cannot fetch " + uri + ": redirect loop back to " + target + ".";
  }

  public static String tooLarge(URI uri, long limit) {
    return "Cannot fetch " + uri + ": the body is larger than " + limit
        + " bytes; raise FetchPolicy.maxBytes to read it.";
  }

  public static String notHtml(URI uri, String contentType) {
    return "Cannot extract " + uri + ": its content type is " + contentType + ", not HTML.";
  }

  public static String timedOut(URI uri, Object timeout) {
    return "Cannot fetch " + uri + ": no complete answer within " + timeout
        + "; raise FetchPolicy.timeout for slow sites.";
  }

  public static String emptyPage(URI uri) {
    return "Cannot extract " + uri + ": the page is empty.";
  }

  public static String notHtmlBytes(URI uri) {
    return "Cannot extract " + uri + ": the bytes are not HTML (binary content).";
  }

  public static String noArticle(URI uri) {
    return "No article found in " + uri
        + ": the page has no block of running text (a section front, a login or an error page?).";
  }

  public static String unsupportedCharset(URI uri, String charset) {
    return "Cannot decode " + uri + ": charset " + charset + " is not supported by this JVM.";
  }

  public static String querySyntax(String query, int position, String detail) {
    return "Invalid query \"" + query + "\" at position " + position + ": " + detail
        + ". Quote phrases with \"...\" and escape special characters with \\,"
        + " or use matching(...) for plain words.";
  }

  public static String noIndex(Path folder) {
    return "No Newsdesk index in " + folder
        + ": the folder does not exist or holds no index; build one with Newsdesk.open(path).";
  }

  public static String indexLocked(Path folder) {
    return "Cannot open " + folder + " for writing: another writer (another process or another"
        + " Newsdesk) holds its lock; close it first, or open this one read-only.";
  }

  public static String schemaVersion(Path folder, String found, int expected) {
    return "Cannot open the index in " + folder + ": its schema version is " + found
        + ", this Newsdesk reads version " + expected + "; re-index with this version.";
  }

  public static String indexIo(String where, Exception cause) {
    return "Index failure in " + where + ": " + describe(cause) + ".";
  }

  public static String readOnly() {
    return "This Newsdesk was opened read-only; open it with Newsdesk.open(path) to ingest.";
  }

  // ---- Fetching (issue 5): `target` is the URL, or "URL (redirected from START)" on a redirect hop.

  public static String fetchBlockedAddress(String target, String address, String kind) {
    return "Cannot fetch " + target + ": it resolves to " + address + ", " + kind
        + ", which the fetch policy blocks; allow them with FetchPolicy.allowingPrivateAddresses()"
        + " or FetchPolicy.allowingNetworks(\"" + address + "\").";
  }

  public static String fetchRebound(String target, String address, String kind) {
    return "Cannot fetch " + target + ": its host name resolved to " + address + ", " + kind
        + ", while it was being fetched (DNS rebinding?), which the fetch policy blocks;"
        + " the response was discarded.";
  }

  public static String fetchScheme(String target) {
    return "Cannot fetch " + target + ": the fetch policy allows only absolute http and https URLs"
        + " with a host name.";
  }

  public static String fetchUnknownHost(String target) {
    return "Cannot fetch " + target + ": the host name does not resolve.";
  }

  public static String fetchUnreachable(String target, Exception cause) {
    return "Cannot fetch " + target + ": " + describe(cause) + ".";
  }

  public static String fetchRefused(String target) {
    return "Cannot fetch " + target + ": the connection was refused or the host could not be reached.";
  }

  public static String fetchUnreachableAfterRetries(String target, int attempts, Exception cause) {
    return "Cannot fetch " + target + ": the connection failed " + attempts + " times, last with "
        + describe(cause) + ".";
  }

  public static String fetchStatus(String target, int status) {
    return "Cannot fetch " + target + ": the server answered HTTP " + status + ".";
  }

  public static String fetchStatusAfterRetries(String target, int status, int attempts) {
    return "Cannot fetch " + target + ": the server answered HTTP " + status + " " + attempts
        + " times; it is busy or rate-limiting, try later or raise FetchPolicy.maxRetries.";
  }

  public static String fetchRetryAfterTooLong(String target, int status, java.time.Duration asked, java.time.Duration limit) {
    return "Cannot fetch " + target + ": the server answered HTTP " + status + " and asked to retry after "
        + asked.toSeconds() + " s, longer than FetchPolicy.maxRetryWait (" + limit.toSeconds()
        + " s) or the time left; try later.";
  }

  public static String fetchTooManyRedirects(String start, int limit) {
    return "Cannot fetch " + start + ": more than " + limit
        + " redirects; raise FetchPolicy.maxRedirects if the site needs more.";
  }

  public static String fetchRedirectLoop(String start, URI target) {
    return "Cannot fetch " + start + ": redirect loop back to " + target + ".";
  }

  public static String fetchBadRedirect(String target, String location) {
    return "Cannot fetch " + target + ": it redirects to an invalid location \"" + location + "\".";
  }

  public static String fetchTooLarge(String target, long limit) {
    return "Cannot fetch " + target + ": the body is larger than " + limit
        + " bytes; raise FetchPolicy.maxBytes to read it.";
  }

  public static String fetchTooLargeDecompressed(String target, long limit) {
    return "Cannot fetch " + target + ": the body decompresses to more than " + limit
        + " bytes (a compression bomb?); raise FetchPolicy.maxDecompressedBytes to read it.";
  }

  public static String fetchNotHtml(String target, String mediaType) {
    return "Cannot fetch " + target + " as a page: its content type is " + mediaType + ", not HTML.";
  }

  public static String fetchNotFeed(String target, String mediaType) {
    return "Cannot fetch " + target + " as a feed: its content type is " + mediaType
        + ", not a feed or sitemap.";
  }

  public static String fetchUnreadable(String target, String encoding, Exception cause) {
    return "Cannot fetch " + target + ": the body cannot be decoded from content encoding \"" + encoding
        + "\"" + (cause == null ? "" : " (" + describe(cause) + ")") + ".";
  }

  public static String fetchTimedOut(String target, String what, java.time.Duration limit, String setting) {
    return "Cannot fetch " + target + ": " + what + " within " + limit.toMillis() + " ms; raise FetchPolicy."
        + setting + " for slow sites.";
  }

  public static String fetchInterrupted(String target) {
    return "Cannot fetch " + target + ": the fetching thread was interrupted.";
  }

  public static String robotsDisallowed(String target, String agent, URI robots) {
    return "Cannot fetch " + target + ": " + robots + " disallows it for user agent \"" + agent
        + "\"; fetch only what the site allows, or ignore robots.txt for sites you own"
        + " (FetchPolicy.ignoringRobotsTxt()).";
  }

  public static String robotsUnreadable(String target, URI robots, String why, java.time.Duration wait) {
    return "Cannot fetch " + target + ": " + robots + " could not be read (" + why
        + "), so the site is treated as disallowing everything for "
        + (wait.toMinutes() >= 1 ? wait.toMinutes() + " min" : wait.toMillis() + " ms") + " (RFC 9309); try later.";
  }

  public static String notAFeed(URI uri, String detail) {
    return "Cannot read " + uri + " as a feed or sitemap: " + detail + ".";
  }

  public static String noFeedFound(URI uri) {
    return "No feed found at " + uri + ": it is an HTML page without a <link rel=\"alternate\"> to an"
        + " RSS or Atom feed, and its site's robots.txt names no sitemap; give the feed's own URL.";
  }

  public static String ingestFailed(URI uri, Exception cause) {
    return "Cannot ingest " + uri + ": " + describe(cause) + ".";
  }

  public static String feedNesting(URI uri, int limit) {
    return "Cannot read " + uri + ": sitemap indexes nested deeper than " + limit + " levels.";
  }

  private static String describe(Exception e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
