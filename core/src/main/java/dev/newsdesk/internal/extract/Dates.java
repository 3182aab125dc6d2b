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

  static Optional<OffsetDateTime> parseWritten(String text) {
    Matcher m = WRITTEN.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    boolean monthFirst = m.group(1) != null;
    Integer month = MONTHS.get((monthFirst ? m.group(1) : m.group(5)).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
    int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (m.group(7) == null) {
        return Optional.of(date.atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      int hour = Integer.parseInt(m.group(7));
      String meridiem = m.group(9) == null ? "" : m.group(9).toLowerCase(Locale.ROOT);
      if (meridiem.startsWith("p") && hour < 12) {
        hour += 12;
      } else if (meridiem.startsWith("a") && hour == 12) {
        hour = 0;
      }
      return Optional.of(date.atTime(hour, Integer.parseInt(m.group(8))).atOffset(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
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
