package dev.newsdesk.internal.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates feeds carry: RFC 822 in RSS ({@code Thu, 25 Jan 2024 14:30:00 GMT}, leniently:
 * no weekday, two-digit years, zone names or offsets), and ISO 8601 / W3C datetime in Atom, RDF
 * and sitemaps ({@code 2024-01-25T14:30:00-05:00}, {@code 2024-01-25}). A date without a zone is
 * taken as UTC.
 */
final class FeedDates {
  private FeedDates() {}

  private static final Pattern RFC_822 = Pattern.compile(
      "(?i)^(?:[a-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([a-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
          + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*([a-z]{1,5}|[+-]\\d{2}:?\\d{2})?");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("z", 0),
      Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
      Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
      Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("cest", 2));

  static Optional<OffsetDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String v = text.strip();
    if (!v.isEmpty() && Character.isDigit(v.charAt(0)) && v.length() >= 10 && v.charAt(4) == '-') {
      return iso(v);
    }
    return rfc822(v);
  }

  private static Optional<OffsetDateTime> iso(String v) {
    try {
      return Optional.of(OffsetDateTime.parse(v));
    } catch (DateTimeParseException ignored) {
      // no offset, or only a date
    }
    try {
      return Optional.of(OffsetDateTime.parse(v.replace(' ', 'T')));
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return Optional.of(LocalDate.parse(v.substring(0, 10)).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> rfc822(String v) {
    Matcher m = RFC_822.matcher(v);
    if (!m.find()) {
      return Optional.empty();
    }
    Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 70 ? 2000 : 1900;
    }
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    try {
      return Optional.of(OffsetDateTime.of(year, month, Integer.parseInt(m.group(1)), hour, minute, second, 0, zone(m.group(7))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset zone(String z) {
    if (z == null) {
      return ZoneOffset.UTC;
    }
    if (z.startsWith("+") || z.startsWith("-")) {
      String digits = z.replace(":", "");
      int hours = Integer.parseInt(digits.substring(1, 3));
      int minutes = Integer.parseInt(digits.substring(3, 5));
      int sign = z.startsWith("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    Integer hours = ZONES.get(z.toLowerCase(Locale.ROOT));
    return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
  }
}
