package dev.newsdesk.internal.index;

import dev.newsdesk.search.Hit;
import dev.newsdesk.search.Watch;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;

/**
 * Saved queries, decided per new article against a one-document {@link MemoryIndex} of that
 * article alone: the cost per article is one small index plus one match per saved query, however
 * large the main index grows.
 */
final class Watches {
  private final List<Registered> registered = new CopyOnWriteArrayList<>();

  private record Registered(Query query, Consumer<Hit> listener) {}

  Watch add(Query query, Consumer<Hit> listener) {
    Registered entry = new Registered(query, listener);
    registered.add(entry);
    return () -> registered.remove(entry);
  }

  /** Delivers {@code doc}, just indexed, to every saved query it matches. */
  void offer(Document doc) {
    if (registered.isEmpty()) {
      return;
    }
    MemoryIndex article = MemoryIndex.fromDocument(doc, Schema.analyzer());
    for (Registered entry : registered) {
      float score = article.search(entry.query());
      if (score > 0) {
        entry.listener().accept(Documents.toHit(doc, score, "", Optional.empty()));
      }
    }
  }
}
