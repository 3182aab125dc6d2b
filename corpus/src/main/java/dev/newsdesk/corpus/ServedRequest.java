package dev.newsdesk.corpus;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the {@link FixtureServer} received, and how it answered: an entry of its log.
 *
 * <p>{@code assertEquals(List.of("/robots.txt", "/world/"), server.requests().stream().map(ServedRequest::path).toList());}
 *
 * <p>A request is logged when the server has decided its answer and before the first byte of it
 * is sent, so a client that has seen the response always finds its request in the log.
 *
 * @param method the HTTP method ({@code GET}, {@code HEAD})
 * @param target the request target as sent: raw path and query ({@code /world/?page=2})
 * @param headers the request headers, names in lower case
 * @param status the status the server answered with (the one announced, for a truncated body)
 * @param fault the scripted fault applied, if any
 * @param time when the request was received
 * @since 0.1
 */
public record ServedRequest(
    String method, URI target, Map<String, List<String>> headers, int status, Optional<Fault> fault, Instant time) {

  public ServedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = java.util.Collections.unmodifiableSortedMap(lower);
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(time, "time");
  }

  /** The raw path, without the query ({@code /world/}). */
  public String path() {
    return target.getRawPath();
  }

  /** The raw query, if the target had one ({@code loop=1}). */
  public Optional<String> query() {
    return Optional.ofNullable(target.getRawQuery());
  }

  /** The first value of the header with this name, in any case. */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The {@code User-Agent} the client sent, or empty. */
  public String userAgent() {
    return header("User-Agent").orElse("");
  }
}
