package dev.newsdesk.internal.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages state: ISO-8601 in metadata, dates in URL paths, and written dates
 * in English, French, German and Spanish. A date without a zone is taken as UTC; a date without a
 * time as the start of that day.
 */
final class Dates {
  private Dates() {}

  private static final List<DateTimeFormatter> MACHINE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_ZONED_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]XXX", Locale.ROOT),
          DateTimeFormatter.RFC_1123_DATE_TIME);

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAMES = String.join("|",
      MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());

  // "January 25, 2024", "Jan. 25, 2024", "25 January 2024", "9 juin 2024", "9. Juni 2024",
  // "9 de junio de 2024", optionally followed by a time "14:30", "2:30 p.m.", "21h05".
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?iu)(?:\\b(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
              + "|\\b(\\d{1,2})(?:er|\\.)?\\s+(?:de\\s+)?(" + MONTH_NAMES + ")\\.?\\s+(?:de\\s+)?(\\d{4}))"
              + "(?:[^0-9]{0,12}?(\\d{1,2})[:h.](\\d{2})\\s*([ap]\\.?m\\.?)?)?");

  static Optional<OffsetDateTime> parseMachine(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    for (DateTimeFormatter format : MACHINE_FORMATS) {
      try {
        return Optional.of(ZonedDateTime.parse(v, format).toOffsetDateTime());
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    try {
      return Optional.of(LocalDateTime.parse(v).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // not a local date-time either
    }
    try {
      return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      return parseWritten(v);
    }
  }

  static Optional<OffsetDateTime> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "2024年10月30日16:20", "2024年09月11日 09時30分": written dates of Chinese and Japanese pages. */
  private static final Pattern CJK_WRITTEN =
      Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日\\s*(?:(\\d{1,2})[:時](\\d{2})分?)?");

  /** "20/08/2024 18:05 BST", "14.03.2024, 09:30": numeric dates, day first unless that cannot be. */
  private static final Pattern NUMERIC_WRITTEN =
      Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d)\\b(?:[^0-9]{0,6}(\\d{1,2})[:h.](\\d{2})(?:\\s*([A-Z]{2,4})\\b)?)?");

  /** Zone abbreviations news pages write after times. */
  private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
      Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("BST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("MEZ", ZoneOffset.ofHours(1)),
      Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
      Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
      Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
      Map.entry("AEDT", ZoneOffset.ofHours(11)));

  static Optional<OffsetDateTime> parseWritten(String text) {
    return parseWritten(text, ZoneOffset.UTC);
  }

  private static Optional<OffsetDateTime> parseNumeric(String text, ZoneOffset zone) {
    Matcher m = NUMERIC_WRITTEN.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    boolean dayFirst = second <= 12;
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), dayFirst ? second : first, dayFirst ? first : second);
      if (m.group(4) == null) {
        return Optional.of(date.atStartOfDay().atOffset(zone));
      }
      ZoneOffset offset = m.group(6) == null ? zone : ZONES.getOrDefault(m.group(6), zone);
      return Optional.of(date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))).atOffset(offset));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A written date; one without a zone is taken in {@code zone}. */
  static Optional<OffsetDateTime> parseWritten(String text, ZoneOffset zone) {
    if (!hasDigit(text)) {
      return Optional.empty(); // every written form has a year in ASCII digits; most text has none
    }
    Matcher cjk = CJK_WRITTEN.matcher(text);
    if (cjk.find()) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(cjk.group(1)), Integer.parseInt(cjk.group(2)), Integer.parseInt(cjk.group(3)));
        return Optional.of(cjk.group(4) == null ? date.atStartOfDay().atOffset(zone)
            : date.atTime(Integer.parseInt(cjk.group(4)), Integer.parseInt(cjk.group(5))).atOffset(zone));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    Matcher m = WRITTEN.matcher(text);
    if (!m.find()) {
      return parseNumeric(text, zone);
    }
    boolean monthFirst = m.group(1) != null;
    Integer month = MONTHS.get((monthFirst ? m.group(1) : m.group(5)).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
    int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (m.group(7) == null) {
        return Optional.of(date.atStartOfDay().atOffset(zone));
      }
      int hour = Integer.parseInt(m.group(7));
      String meridiem = m.group(9) == null ? "" : m.group(9).toLowerCase(Locale.ROOT);
      if (meridiem.startsWith("p") && hour < 12) {
        hour += 12;
      } else if (meridiem.startsWith("a") && hour == 12) {
        hour = 0;
      }
      return Optional.of(date.atTime(hour, Integer.parseInt(m.group(8))).atOffset(zone));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "janvier", "janv", "januar", "enero", "jänner"},
      {"february", "feb", "février", "févr", "fevrier", "februar", "febrero"},
      {"march", "mar", "mars", "märz", "marzo"},
      {"april", "apr", "avril", "abril"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juin", "juni", "junio"},
      {"july", "jul", "juillet", "juil", "juli", "julio"},
      {"august", "aug", "août", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
      {"october", "oct", "octobre", "oktober", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "décembre", "decembre", "dezember", "diciembre"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
