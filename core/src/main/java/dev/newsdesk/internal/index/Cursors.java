package dev.newsdesk.internal.index;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Page cursors: the sort values of the last hit of a page, as an opaque URL-safe string. Ties are
 * broken by a hash of the URL, so a cursor stays valid across refreshes and merges.
 */
final class Cursors {
  private Cursors() {}

  /** 2: the last sort value is a hash of the URL (1 had the URL itself). */
  private static final String VERSION = "2";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  static String encode(FieldDoc last) {
    StringBuilder sb = new StringBuilder(VERSION);
    for (Object value : last.fields) {
      sb.append('|');
      switch (value) {
        case Float f -> sb.append('F').append(Float.floatToIntBits(f));
        case Long l -> sb.append('L').append(l);
        case Integer i -> sb.append('I').append(i);
        case BytesRef b -> sb.append('B').append(ENCODER.encodeToString(BytesRef.deepCopyOf(b).bytes));
        case null -> sb.append('N');
        default -> throw new IllegalStateException("unexpected sort value " + value.getClass());
      }
    }
    return ENCODER.encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor's sort values, or an IllegalArgumentException naming the cursor. */
  static FieldDoc decode(String cursor) {
    try {
      String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
      if (!parts[0].equals(VERSION)) {
        throw new IllegalArgumentException("version " + parts[0]);
      }
      Object[] fields = new Object[parts.length - 1];
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i];
        String v = p.substring(1);
        fields[i - 1] = switch (p.charAt(0)) {
          case 'F' -> Float.intBitsToFloat(Integer.parseInt(v));
          case 'L' -> Long.parseLong(v);
          case 'I' -> Integer.parseInt(v);
          case 'B' -> new BytesRef(DECODER.decode(v));
          case 'N' -> null;
          default -> throw new IllegalArgumentException("value " + p);
        };
      }
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a page cursor of this search: " + cursor
          + "; pass the nextPage() of the previous results unchanged.", e);
    }
  }
}
