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

  private static String describe(Exception e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
