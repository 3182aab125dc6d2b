package dev.newsdesk.internal.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a body's content encoding (gzip, deflate) without letting it grow past a cap: a small
 * compressed body can expand to gigabytes (a compression bomb), so at most {@code limit + 1}
 * bytes are ever inflated.
 */
final class ContentDecoding {
  private ContentDecoding() {}

  /** The body decompresses to more than the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("decompressed body too large");
    }
  }

  /** An encoding this reader does not know. */
  static final class Unsupported extends IOException {
    private static final long serialVersionUID = 1L;

    Unsupported(String encoding) {
      super("unsupported content encoding " + encoding);
    }
  }

  /** Whether {@code body} starts with the gzip magic number. */
  static boolean looksGzipped(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /**
   * Decodes {@code body} sent with {@code Content-Encoding: encoding} (null or empty for none).
   *
   * @throws TooLarge if it decodes to more than {@code limit} bytes
   * @throws Unsupported if the encoding is not identity, gzip or deflate
   * @throws IOException if the compressed data is corrupt
   */
  static byte[] decode(byte[] body, String encoding, long limit) throws IOException {
    String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "", "identity" -> body;
      case "gzip", "x-gzip" -> gunzip(body, limit);
      case "deflate" -> inflate(body, limit);
      default -> throw new Unsupported(e);
    };
  }

  static byte[] gunzip(byte[] body, long limit) throws IOException {
    if (body.length == 0) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
      return readCapped(in, limit);
    }
  }

  /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: both are read. */
  private static byte[] inflate(byte[] body, long limit) throws IOException {
    if (body.length == 0) {
      return body;
    }
    boolean zlib = body.length >= 2 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) << 8 | body[1] & 0xff) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater, 8192)) {
      return readCapped(in, limit);
    } finally {
      inflater.end();
    }
  }

  private static byte[] readCapped(InputStream in, long limit) throws IOException {
    byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (out.length > limit) {
      throw new TooLarge();
    }
    return out;
  }
}
