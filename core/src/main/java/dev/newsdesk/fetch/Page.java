package dev.newsdesk.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A web page as fetched: its bytes, the URL it was fetched from and, when the server said so, its
 * charset.
 *
 * <p>{@code Page page = Page.of(html, "https://example.com/story");}
 *
 * <p>When {@code charset} is empty the extractor decides it from a byte-order mark, then a
 * {@code <meta>} declaration, then falls back to UTF-8.
 *
 * @param url the page's final URL (after redirects); relative links and dates in the path are
 *     read against it
 * @param body the raw bytes, in the page's own encoding
 * @param charset the charset named by the HTTP {@code Content-Type} header, if any
 * @since 0.1
 */
public record Page(URI url, byte[] body, Optional<Charset> charset) {

  public Page {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(charset, "charset");
    if (!url.isAbsolute()) {
      throw new IllegalArgumentException(
          "url must be absolute (start with http:// or https://), was: " + url);
    }
  }

  /** A page from HTML text already decoded; it is kept as UTF-8 bytes. */
  public static Page of(String html, String url) {
    Objects.requireNonNull(html, "html");
    return new Page(
        URI.create(Objects.requireNonNull(url, "url")),
        html.getBytes(StandardCharsets.UTF_8),
        Optional.of(StandardCharsets.UTF_8));
  }

  /** A page from raw bytes whose charset is unknown: it is detected when the page is extracted. */
  public static Page of(byte[] body, URI url) {
    return new Page(url, body, Optional.empty());
  }

  /** A page from raw bytes in a known charset. */
  public static Page of(byte[] body, URI url, Charset charset) {
    return new Page(url, body, Optional.of(charset));
  }

  // Records compare arrays by identity; pages are compared by content.
  @Override
  public boolean equals(Object other) {
    return other instanceof Page that
        && url.equals(that.url)
        && java.util.Arrays.equals(body, that.body)
        && charset.equals(that.charset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, java.util.Arrays.hashCode(body), charset);
  }

  @Override
  public String toString() {
    return "Page[" + url + ", " + body.length + " bytes" + charset.map(c -> ", " + c).orElse("") + "]";
  }
}
