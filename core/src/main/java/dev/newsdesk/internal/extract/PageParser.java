package dev.newsdesk.internal.extract;

import dev.newsdesk.extract.ExtractionException;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes a page's bytes into a jsoup document. The charset is the HTTP header's, then a byte
 * order mark, then a {@code <meta>} declaration ({@link DeclaredCharset}), then UTF-8: jsoup's own
 * order, with the declaration found by a scan of the bytes instead of a first parse.
 */
final class PageParser {
  private static final int SNIFF_BYTES = 1024;

  private PageParser() {}

  static Document parse(Page page) {
    byte[] body = page.body();
    if (isBlank(body)) {
      throw new ExtractionException(page.url(), Messages.emptyPage(page.url()));
    }
    if (!hasBom(body) && looksBinary(body)) {
      throw new ExtractionException(page.url(), Messages.notHtmlBytes(page.url()));
    }
    // A BOM outranks the header: the bytes cannot lie about their own encoding.
    String charset = hasBom(body) ? null
        : page.charset().map(Charset::name).orElseGet(() -> DeclaredCharset.of(body).orElse(StandardCharsets.UTF_8.name()));
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), charset, page.url().toString());
    } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      throw new ExtractionException(page.url(), Messages.unsupportedCharset(page.url(), charset));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array does not fail
    }
  }

  private static boolean isBlank(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    return body.length <= SNIFF_BYTES && head.replace("\uFEFF", "").replace("ï»¿", "").isBlank();
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))
        || b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  /** NUL bytes and other C0 controls do not occur in text encodings of HTML without a BOM. */
  private static boolean looksBinary(byte[] body) {
    int n = Math.min(body.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = body[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20)) {
        controls++;
      }
    }
    return controls > n / 10;
  }
}
