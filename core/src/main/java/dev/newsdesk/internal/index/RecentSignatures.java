package dev.newsdesk.internal.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.util.BytesRef;

/**
 * The MinHash signatures of articles added since the searcher last refreshed, so that a
 * near-duplicate check needs no refresh per added article: the searcher answers for what it
 * sees, this for what it does not see yet. Entries are dropped once a refresh has made them
 * visible.
 */
final class RecentSignatures implements ReferenceManager.RefreshListener {
  private record Recent(long sequence, String url, BytesRef signature, String story) {}

  /**
   * The low bits of a sorting key, holding an entry's place among those found: far more than the
   * at most {@value IndexedSignatures#MAX_BAND_ARTICLES} entries kept of each band give.
   */
  private static final int PLACE_BITS = 24;
  private static final long PLACE_MASK = (1L << PLACE_BITS) - 1;

  private final ConcurrentHashMap<BytesRef, Recent[]> byBand = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private volatile long visibleAfterRefresh;

  void add(String url, int[] signature, String story) {
    Recent recent = new Recent(sequence.incrementAndGet(), url, new BytesRef(MinHash.toBytes(signature)), story);
    for (BytesRef band : MinHash.bands(signature)) {
      byBand.compute(band, (b, sharing) -> withAdded(sharing, recent));
    }
  }

  /**
   * A band's entries with one more, in order of addition: no more than the duplicate check reads
   * of a band ({@value IndexedSignatures#MAX_BAND_ARTICLES}), the oldest. The arrays are never
   * changed once made, so that a check reads them without a lock.
   */
  private static Recent[] withAdded(Recent[] sharing, Recent recent) {
    if (sharing == null) {
      return new Recent[] {recent};
    }
    if (sharing.length == IndexedSignatures.MAX_BAND_ARTICLES) {
      return sharing;
    }
    Recent[] more = Arrays.copyOf(sharing, sharing.length + 1);
    more[sharing.length] = recent;
    return more;
  }

  /**
   * The story of a recently added near-duplicate of {@code signature}, other than {@code url}:
   * candidates share {@value MinHash#BANDS_TO_COMPARE} bands among the first {@value
   * IndexedSignatures#MAX_BAND_ARTICLES} added of each, as in {@link IndexedSignatures}.
   */
  Optional<String> storyOf(int[] signature, String url) {
    List<Recent> found = new ArrayList<>();
    for (BytesRef band : MinHash.bands(signature)) {
      Recent[] sharing = byBand.get(band);
      if (sharing != null) {
        found.addAll(Arrays.asList(sharing));
      }
    }
    // In order of addition, an entry once per band it shares: each as its sequence number and its
    // place in the list, sorted as numbers (a comparator of entries cost several times as much).
    long[] order = new long[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = found.get(i).sequence() << PLACE_BITS | i;
    }
    Arrays.sort(order);
    for (int run = 0; run < order.length; ) {
      int end = run;
      while (end < order.length && order[end] >>> PLACE_BITS == order[run] >>> PLACE_BITS) {
        end++;
      }
      Recent r = found.get((int) (order[run] & PLACE_MASK));
      if (end - run >= MinHash.BANDS_TO_COMPARE && !r.url().equals(url) && MinHash.isNear(signature, r.signature())) {
        return Optional.of(r.story());
      }
      run = end;
    }
    return Optional.empty();
  }

  @Override
  public void beforeRefresh() {
    // Everything added so far will be in the refreshed reader.
    visibleAfterRefresh = sequence.get();
  }

  @Override
  public void afterRefresh(boolean didRefresh) {
    long visible = visibleAfterRefresh;
    for (BytesRef band : byBand.keySet()) {
      byBand.computeIfPresent(band, (b, sharing) -> notYetVisible(sharing, visible));
    }
  }

  /** The entries added after the refreshed reader was opened, or null (dropping the band) if none. */
  private static Recent[] notYetVisible(Recent[] sharing, long visible) {
    int first = 0;
    while (first < sharing.length && sharing[first].sequence() <= visible) {
      first++;
    }
    return first == sharing.length ? null : first == 0 ? sharing : Arrays.copyOfRange(sharing, first, sharing.length);
  }
}
