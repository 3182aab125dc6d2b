package dev.newsdesk.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static Optional<Duration> retryAfter(String value) {
    return HttpFetcher.retryAfter(HttpHeaders.of(Map.of("Retry-After", List.of(value)), (a, b) -> true));
  }

  @Test
  void readsSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), retryAfter("120"));
  }

  @Test
  void readsAnHttpDate() {
    String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
    Duration wait = retryAfter(inTenSeconds).orElseThrow();
    assertTrue(wait.toSeconds() >= 8 && wait.toSeconds() <= 10, wait.toString());
    assertEquals(Optional.of(Duration.ZERO), retryAfter("Thu, 01 Jan 2015 00:00:00 GMT"));
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertEquals(Optional.empty(), retryAfter("soon"));
    assertEquals(Optional.empty(), HttpFetcher.retryAfter(HttpHeaders.of(Map.of(), (a, b) -> true)));
  }
}
