package dev.newsdesk.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclaredCharsetTest {

  /** jsoup, given no charset, finds the declaration by parsing the page's first 5 KB: the scan must find the same. */
  @ParameterizedTest
  @ValueSource(strings = {
      "<html><head><meta charset=\"windows-1252\"><title>T</title>",
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
      "<HTML><HEAD><META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=Shift_JIS\">",
      "<head><!-- <meta charset=\"gbk\"> --><meta charset=\"utf-8\">",
      "<head><meta charset=\"no-such-charset\"><meta charset=\"gbk\">",
      "<head><meta http-equiv=\"refresh\" content=\"5\"><meta charset='gbk'>",
      "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=nonsense\"><meta charset=EUC-JP>",
      "<head><meta name=\"viewport\" content=\"width=device-width\"/><meta charset=euc-kr/>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><head><title>T</title>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><head><meta charset=\"windows-1251\">",
      "<html><head><title>No declaration</title>",
      "<html><head><metadata charset=\"gbk\"><title>Not a meta tag</title>",
  })
  void findsTheCharsetJsoupFinds(String head) throws IOException {
    byte[] page = (head + "</head><body><p>Text</p></body></html>").getBytes(StandardCharsets.US_ASCII);
    assertEquals(jsoupsCharset(page), scanned(page), head);
  }

  @Test
  void looksNoFurtherThanJsoupDoes() throws IOException {
    String padding = "<!-- " + "x".repeat(DeclaredCharset.WINDOW) + " -->";
    byte[] late = ("<html><head>" + padding + "<meta charset=\"gbk\"></head><body><p>Text</p></body></html>").getBytes(StandardCharsets.US_ASCII);
    assertEquals(Optional.empty(), DeclaredCharset.of(late));
    assertEquals(jsoupsCharset(late), scanned(late));
  }

  @Test
  void findsADeclarationAfterLongScriptsWithinTheWindow() {
    String script = "<script>var a = '" + "y".repeat(3000) + "';</script>";
    byte[] page = ("<html><head>" + script + "<meta charset=\"windows-1252\"></head><body></body></html>").getBytes(StandardCharsets.US_ASCII);
    assertEquals(Optional.of("windows-1252"), DeclaredCharset.of(page));
  }

  private static Charset jsoupsCharset(byte[] page) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.com/").charset();
  }

  private static Charset scanned(byte[] page) {
    return Charset.forName(DeclaredCharset.of(page).orElse("UTF-8"));
  }
}
