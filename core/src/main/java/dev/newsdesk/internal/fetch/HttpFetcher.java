package dev.newsdesk.internal.fetch;

import dev.newsdesk.fetch.FetchException;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Fetcher;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The default fetcher on the JDK's HttpClient. Redirects are followed here, not by the client, so
 * that every hop is checked against the policy.
 */
public final class HttpFetcher implements Fetcher {
  private final FetchPolicy policy;
  private final HttpClient client;

  public HttpFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(policy.timeout())
            .build();
  }

  @Override
  public Page fetch(URI uri) {
    Set<URI> seen = new HashSet<>();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      checkAllowed(current);
      if (!seen.add(current)) {
        throw new FetchException(uri, -1, Messages.redirectLoop(uri, current), null);
      }
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        closeQuietly(response.body());
        if (hop >= policy.maxRedirects()) {
          throw new FetchException(uri, status, Messages.tooManyRedirects(uri, policy.maxRedirects()), null);
        }
        current = current.resolve(response.headers().firstValue("Location").get().trim());
        continue;
      }
      if (status != 200) {
        closeQuietly(response.body());
        throw new FetchException(current, status, Messages.httpStatus(current, status), null);
      }
      return toPage(current, response);
    }
  }

  private void checkAllowed(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new FetchException(uri, -1, Messages.unsupportedScheme(uri), null);
    }
    if (policy.allowPrivateAddresses()) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (isNonPublic(address)) {
          throw new FetchException(
              uri, -1, Messages.privateAddressBlocked(uri, address.getHostAddress()), null);
        }
      }
    } catch (UnknownHostException e) {
      throw new FetchException(uri, -1, Messages.unknownHost(uri), e);
    }
  }

  static boolean isNonPublic(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6;
  }

  private HttpResponse<InputStream> send(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(policy.timeout())
            .header("User-Agent", policy.userAgent())
            .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
            .header("Accept-Encoding", "gzip")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri, -1, Messages.timedOut(uri, policy.timeout()), e);
    } catch (IOException e) {
      throw new FetchException(uri, -1, Messages.unreachable(uri, e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, -1, Messages.unreachable(uri, e), e);
    }
  }

  private Page toPage(URI uri, HttpResponse<InputStream> response) {
    String contentType = response.headers().firstValue("Content-Type").orElse("text/html");
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.isEmpty() && !mediaType.equals("text/html")
        && !mediaType.equals("application/xhtml+xml") && !mediaType.equals("text/plain")) {
      closeQuietly(response.body());
      throw new FetchException(uri, 200, Messages.notHtml(uri, mediaType), null);
    }
    boolean gzip = response.headers().firstValue("Content-Encoding")
        .map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false);
    try (InputStream raw = response.body();
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      // Read one byte past the cap so an exactly-full body is told apart from an oversize one;
      // the cap also bounds what gzip may expand to.
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
      if (body.length > policy.maxBytes()) {
        throw new FetchException(uri, 200, Messages.tooLarge(uri, policy.maxBytes()), null);
      }
      return new Page(uri, body, charsetOf(contentType));
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri, 200, Messages.timedOut(uri, policy.timeout()), e);
    } catch (IOException e) {
      throw new FetchException(uri, 200, Messages.unreachable(uri, e), e);
    }
  }

  static Optional<Charset> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        String name = pair[1].trim().replace("\"", "").replace("'", "");
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty(); // an unknown label falls back to detection from the bytes
        }
      }
    }
    return Optional.empty();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the response is abandoned either way
    }
  }
}
