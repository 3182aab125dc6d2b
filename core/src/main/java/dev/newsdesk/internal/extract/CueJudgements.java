package dev.newsdesk.internal.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Judgements of an element's class-and-id cues ("article-body main", "share-bar"), remembered by
 * the cues: pages repeat the same classes on many elements, and a site on all its pages, while
 * the patterns that judge them try dozens of words at every character. Shared by all threads;
 * emptied when full, so it stays bounded.
 */
final class CueJudgements<V> {
  private static final int MAX_JUDGED = 50_000;

  private final Map<String, V> judged = new ConcurrentHashMap<>();
  private final Function<String, V> judge;

  CueJudgements(Function<String, V> judge) {
    this.judge = judge;
  }

  /** The judgement of an element's cues: its class names and id, joined by a space. */
  V of(String cues) {
    V judgement = judged.get(cues);
    if (judgement == null) {
      if (judged.size() >= MAX_JUDGED) {
        judged.clear();
      }
      judgement = judge.apply(cues);
      judged.put(cues, judgement);
    }
    return judgement;
  }
}
