package dev.newsdesk.internal.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: at most {@code maxInFlight} requests at once per host, and a request to a host
 * starts at least a delay after the previous one started and after it ended (so the host sees
 * its requests at least that far apart, however long each takes). Hosts are independent, so many
 * are fetched in parallel. Waiting threads are served in arrival order. Thread-safe; meant for virtual threads,
 * which wait here cheaply.
 */
final class HostGates {
  private static final int TIDY_ABOVE = 4096;

  private final int maxInFlight;
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();

  HostGates(int maxInFlight) {
    this.maxInFlight = maxInFlight;
  }

  /** A slot to send one request; closing it frees the slot. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits for a free slot on {@code host} and for its turn, {@code delay} after the previous
   * request's start and end.
   */
  Permit enter(String host, Duration delay) throws InterruptedException {
    if (gates.size() > TIDY_ABOVE) {
      tidy();
    }
    Gate gate = gates.computeIfAbsent(host, h -> new Gate(maxInFlight));
    gate.slots.acquire();
    try {
      long wait = gate.reserve(delay.toNanos());
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      gate.slots.release();
      throw e;
    }
    long delayNanos = delay.toNanos();
    java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) { // a second close does nothing
        gate.finished(delayNanos);
        gate.slots.release();
      }
    };
  }

  /** Forgets idle hosts whose delay has passed, so a long crawl of many hosts does not grow without end. */
  private void tidy() {
    long now = System.nanoTime();
    gates.entrySet().removeIf(e -> e.getValue().idleSince(now));
  }

  private static final class Gate {
    final Semaphore slots;
    final int capacity;
    final ReentrantLock lock = new ReentrantLock();
    long nextStart = System.nanoTime();

    Gate(int capacity) {
      this.capacity = capacity;
      this.slots = new Semaphore(capacity, true);
    }

    /** Books the next start time; returns how long to wait for it, in nanoseconds. */
    long reserve(long delayNanos) {
      lock.lock();
      try {
        long now = System.nanoTime();
        long start = Math.max(now, nextStart);
        nextStart = start + delayNanos;
        return start - now;
      } finally {
        lock.unlock();
      }
    }

    /** A request ended: the next may start no sooner than the delay from now. */
    void finished(long delayNanos) {
      lock.lock();
      try {
        long earliest = System.nanoTime() + delayNanos;
        if (earliest - nextStart > 0) {
          nextStart = earliest;
        }
      } finally {
        lock.unlock();
      }
    }

    boolean idleSince(long now) {
      lock.lock();
      try {
        return slots.availablePermits() == capacity && nextStart - now <= 0;
      } finally {
        lock.unlock();
      }
    }
  }
}
