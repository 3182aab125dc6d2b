package dev.newsdesk.examples.cli;

import dev.newsdesk.entity.EntityRecognizer;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.examples.cli.BenchCommand.Figure;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The knowledge-base figures of {@code newsdesk bench}: the time and retained heap of building a
 * recogniser over the shipped knowledge base ({@code EntityRecognizer.create}), beside a bare
 * gazetteer, a {@code HashMap} from every lower-cased name, alias and demonym to its entries, over
 * the same entries. The entries themselves, read once and shared by both, are not counted in the
 * heap. A {@code Newsdesk} builds the standard recogniser once and shares it across threads.
 */
final class KnowledgeBaseBench {
  private static final String NOTE = "newsdesk bench: ";
  private static final int ROUNDS = 5;

  private KnowledgeBaseBench() {}

  static List<Figure> run(PrintWriter err) {
    KnowledgeBase base = KnowledgeBase.standard();
    err.printf(Locale.ROOT, "%sknowledge base: %d entries%n", NOTE, base.size());
    long ours = 0;
    long theirs = 0;
    for (int round = 0; round < ROUNDS; round++) { // alternating, so a slow spell falls on both
      long a = System.nanoTime();
      EntityRecognizer built = EntityRecognizer.create(base);
      long b = System.nanoTime();
      Map<String, List<KnowledgeBase.Entry>> gazetteer = gazetteer(base);
      long c = System.nanoTime();
      if (round > 0) { // the first round warms up
        ours += b - a;
        theirs += c - b;
      }
      BenchCommand.blackhole(built.hashCode() + gazetteer.size());
    }
    return List.of(
        new Figure("kb-load", ours / 1e6 / (ROUNDS - 1), "ms", "hashmap-gazetteer", theirs / 1e6 / (ROUNDS - 1), base.size()),
        new Figure("kb-heap", retained(() -> EntityRecognizer.create(base)) / 1048576.0, "MB", "hashmap-gazetteer",
            retained(() -> gazetteer(base)) / 1048576.0, base.size()));
  }

  private static Map<String, List<KnowledgeBase.Entry>> gazetteer(KnowledgeBase base) {
    Map<String, List<KnowledgeBase.Entry>> names = new HashMap<>();
    for (KnowledgeBase.Entry entry : base.entries()) {
      List<String> forms = new ArrayList<>(entry.aliases());
      forms.add(entry.name());
      forms.addAll(entry.demonyms());
      for (String form : forms) {
        names.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(entry);
      }
    }
    return names;
  }

  /**
   * The heap that what {@code build} makes keeps alive, measured after full collections: the median
   * of three tries, since what the rest of the run leaves behind (a client's buffers, threads
   * winding down) can be freed during one of them.
   */
  private static long retained(Supplier<Object> build) {
    long[] tries = new long[3];
    for (int i = 0; i < tries.length; i++) {
      long before = usedAfterCollection();
      Object kept = build.get();
      long after = usedAfterCollection();
      BenchCommand.blackhole(kept.hashCode());
      tries[i] = Math.max(0, after - before);
    }
    Arrays.sort(tries);
    return tries[tries.length / 2];
  }

  /** The least heap in use after two full collections: the second finds what the first let go of late. */
  private static long usedAfterCollection() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
