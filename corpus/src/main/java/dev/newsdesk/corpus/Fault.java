package dev.newsdesk.corpus;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the {@link FixtureServer} scripts for one path: a slow answer, an error status,
 * throttling, a redirect loop, a body cut short. Immutable; made by the static factories.
 *
 * <p>{@code server.fault("/world/", Fault.tooManyRequests(Duration.ofSeconds(2)).times(1));}
 *
 * <p>A fault applies to every request for its path until {@link FixtureServer#clearFaults()},
 * unless {@link #times(int)} limits it to the next few requests (a transient failure, for retry
 * tests).
 *
 * @param kind what goes wrong
 * @param status the HTTP status sent ({@code 200} for {@link Kind#SLOW} and {@link Kind#TRUNCATED})
 * @param delay how long the server waits before answering ({@link Kind#SLOW}) or what it puts in
 *     {@code Retry-After} ({@link Kind#TOO_MANY_REQUESTS}); zero otherwise
 * @param bytes how many body bytes are sent before the connection drops ({@link Kind#TRUNCATED})
 * @param location where a {@link Kind#REDIRECT} points; empty otherwise
 * @param times how many requests the fault applies to; 0 for every request
 * @since 0.1
 */
public record Fault(Kind kind, int status, Duration delay, int bytes, String location, int times) {

  /** The kinds of misbehaviour. */
  public enum Kind {
    /** Waits {@code delay} before sending the normal response (trips client timeouts). */
    SLOW,
    /** Answers with an error status and a short HTML error page. */
    STATUS,
    /** Answers 429 with {@code Retry-After} set to {@code delay} in whole seconds. */
    TOO_MANY_REQUESTS,
    /** Redirects between the path and the path with {@code ?loop=1}, for ever. */
    REDIRECT_LOOP,
    /** Redirects once to {@code location} with {@code status} (301, 302, 303, 307 or 308). */
    REDIRECT,
    /** Announces the full {@code Content-Length}, sends {@code bytes} bytes, then drops the connection. */
    TRUNCATED
  }

  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(location, "location");
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status from 100 to 599, was " + status);
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
    }
    if (times < 0) {
      throw new IllegalArgumentException("times must be >= 0 (0 for every request), was " + times);
    }
  }

  /** Waits {@code delay} before answering normally: a slow server, for timeout tests. */
  public static Fault slow(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new Fault(Kind.SLOW, 200, delay, 0, "", 0);
  }

  /**
   * Answers with {@code status} (4xx or 5xx) and a short error page.
   *
   * @throws IllegalArgumentException if {@code status} is not from 400 to 599; use
   *     {@link #redirect} for 3xx
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "status must be an error status from 400 to 599, was " + status + "; use Fault.redirect for 3xx");
    }
    return new Fault(Kind.STATUS, status, Duration.ZERO, 0, "", 0);
  }

  /** {@code status(404)}. */
  public static Fault notFound() {
    return status(404);
  }

  /** {@code status(500)}. */
  public static Fault serverError() {
    return status(500);
  }

  /** Answers 429 Too Many Requests with {@code Retry-After} of {@code retryAfter}, rounded up to whole seconds. */
  public static Fault tooManyRequests(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return new Fault(Kind.TOO_MANY_REQUESTS, 429, retryAfter, 0, "", 0);
  }

  /** Redirects {@code /path} to {@code /path?loop=1} and back, for ever (302 each time). */
  public static Fault redirectLoop() {
    return new Fault(Kind.REDIRECT_LOOP, 302, Duration.ZERO, 0, "", 0);
  }

  /**
   * Redirects to {@code location} (a path on the server, or an absolute URL) with a 301.
   */
  public static Fault redirect(String location) {
    return redirect(location, 301);
  }

  /**
   * Redirects to {@code location} (a path on the server, or an absolute URL) with {@code status}.
   *
   * @param status 301, 302, 303, 307 or 308
   */
  public static Fault redirect(String location, int status) {
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("location must not be blank");
    }
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      throw new IllegalArgumentException("status must be 301, 302, 303, 307 or 308, was " + status);
    }
    return new Fault(Kind.REDIRECT, status, Duration.ZERO, 0, location, 0);
  }

  /**
   * Sends the normal headers with the full {@code Content-Length}, then only the first
   * {@code bytes} bytes of the body, then drops the connection.
   */
  public static Fault truncated(int bytes) {
    return new Fault(Kind.TRUNCATED, 200, Duration.ZERO, bytes, "", 0);
  }

  /**
   * This fault for the next {@code count} requests of its path only; after them the path answers
   * normally again. If this method is not called, the fault applies until it is cleared.
   *
   * @param count at least 1
   */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return new Fault(kind, status, delay, bytes, location, count);
  }

  /** {@code times(1)}: a one-off failure. */
  public Fault once() {
    return times(1);
  }

  /** The {@code Retry-After} value sent with {@link Kind#TOO_MANY_REQUESTS}: whole seconds, rounded up. */
  long retryAfterSeconds() {
    long seconds = delay.toSeconds();
    return delay.equals(Duration.ofSeconds(seconds)) ? seconds : seconds + 1;
  }
}
