package dev.newsdesk.internal.fetch;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory with a size cap and a read (idle) timeout: the body must keep
 * coming, at most {@code idleTimeout} between two parts. Past the cap it either fails
 * ({@link TooLarge}) or keeps what it has and stops reading. Either way the rest of the body is
 * never read: the subscription is cancelled and the connection dropped.
 */
final class BodyCollector implements HttpResponse.BodySubscriber<byte[]> {

  /** What to do when the body is longer than the cap. */
  enum Overflow {
    FAIL,
    TRUNCATE
  }

  /** The body is longer than the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("body larger than " + limit + " bytes");
    }
  }

  /** No part of the body came within the read timeout. */
  static final class ReadTimedOut extends IOException {
    private static final long serialVersionUID = 1L;

    ReadTimedOut(Duration timeout) {
      super("no data for " + timeout.toMillis() + " ms");
    }
  }

  private final long limit;
  private final Overflow overflow;
  private final Duration idleTimeout;
  private byte[] data = new byte[8192];
  private int size;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private volatile long lastActivity = System.nanoTime();

  BodyCollector(long limit, Overflow overflow, Duration idleTimeout) {
    this.limit = limit;
    this.overflow = overflow;
    this.idleTimeout = idleTimeout;
  }

  /** A collector that reads nothing: the body is refused unread. */
  static BodyCollector refusing() {
    return new BodyCollector(0, Overflow.TRUNCATE, Duration.ofSeconds(1));
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (limit == 0) {
      s.cancel();
      result.complete(new byte[0]);
      return;
    }
    lastActivity = System.nanoTime();
    // All of it, as the JDK's own byte-array subscriber asks: a part at a time costs a hand-over per
    // part. The cap still holds: past it the subscription is cancelled and later parts are dropped.
    s.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    lastActivity = System.nanoTime();
    for (ByteBuffer buffer : items) {
      long room = limit - size;
      int n = buffer.remaining();
      if (n > room) {
        if (overflow == Overflow.FAIL) {
          finish(new TooLarge(limit));
          return;
        }
        append(buffer, (int) room);
        finish(null);
        return;
      }
      append(buffer, n);
    }
  }

  private void append(ByteBuffer buffer, int n) {
    if ((long) size + n > data.length) {
      data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) size + n, data.length * 2L)));
    }
    buffer.get(data, size, n);
    size += n;
  }

  private byte[] bytes() {
    return Arrays.copyOf(data, size);
  }

  @Override
  public synchronized void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public synchronized void onComplete() {
    result.complete(bytes());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /**
   * Why this collector stopped the body ({@link TooLarge}, {@link ReadTimedOut}), if it did; the
   * client may report the cancelled exchange with an error of its own.
   */
  IOException failure() {
    if (!result.isCompletedExceptionally()) {
      return null;
    }
    try {
      result.join();
      return null;
    } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
      return e.getCause() instanceof TooLarge || e.getCause() instanceof ReadTimedOut ? (IOException) e.getCause() : null;
    }
  }

  /** Stops reading: completes with what was read ({@code error} null) or with {@code error}. */
  private void finish(IOException error) {
    if (error == null) {
      result.complete(bytes());
    } else {
      result.completeExceptionally(error);
    }
    subscription.cancel(); // after completing: cancelling may report an error of the client's own
  }

  /**
   * Ends the body with {@link ReadTimedOut} when none of it came for the read timeout. The thread
   * waiting for the response asks, so that no timer is set and cancelled for every body read.
   */
  synchronized void timeOutIfIdle() {
    if (subscription != null && !result.isDone() && System.nanoTime() - lastActivity >= idleTimeout.toNanos()) {
      finish(new ReadTimedOut(idleTimeout));
    }
  }
}
