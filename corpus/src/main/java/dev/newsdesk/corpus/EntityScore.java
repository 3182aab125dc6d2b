package dev.newsdesk.corpus;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Mention-level agreement of recognised mentions with gold ones: a mention counts when its span
 * and type are exactly right; it is also "linked" when its entity id is right.
 *
 * <p>{@code EntityScore total = EntityScore.of(gold, found).plus(...);}
 *
 * @param truePositives mentions with the right span and type
 * @param falsePositives mentions found that are not in the gold set
 * @param falseNegatives gold mentions not found
 * @param linked true positives with the right entity id as well
 * @param byType the same counts per entity type
 * @since 0.1
 */
public record EntityScore(int truePositives, int falsePositives, int falseNegatives, int linked,
    Map<EntityType, EntityScore> byType) {

  public EntityScore {
    byType = Map.copyOf(byType);
  }

  /** Nothing counted yet. */
  public static final EntityScore ZERO = new EntityScore(0, 0, 0, 0, Map.of());

  /** Scores the mentions found in a text against that text's gold mentions. */
  public static EntityScore of(List<Mention> gold, List<Mention> found) {
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[4]);
    }
    align(gold, found, (g, m) -> {
      if (m == null) {
        counts.get(g.type())[2]++;
      } else if (g == null) {
        counts.get(m.type())[1]++;
      } else {
        counts.get(m.type())[0]++;
        if (Objects.equals(g.entityId(), m.entityId())) {
          counts.get(m.type())[3]++;
        }
      }
    });
    Map<EntityType, EntityScore> byType = new EnumMap<>(EntityType.class);
    counts.forEach((t, c) -> byType.put(t, new EntityScore(c[0], c[1], c[2], c[3], Map.of())));
    return byType.values().stream().reduce(ZERO, EntityScore::plus).withTypes(byType);
  }

  /** What went wrong with one mention: missed (a gold mention not found), spurious, or linked to another entity. */
  public record Mismatch(Kind kind, Mention mention, String goldEntityId) {
    /** The kinds of mismatch. */
    public enum Kind { MISSED, SPURIOUS, MISLINKED }
  }

  /**
   * The mentions that cost a score, in text order: gold mentions not found, mentions found that
   * are not gold, and mentions with the right span and type but another entity id. The same
   * matching as {@link #of}.
   */
  public static List<Mismatch> mismatches(List<Mention> gold, List<Mention> found) {
    List<Mismatch> mismatches = new ArrayList<>();
    align(gold, found, (g, m) -> {
      if (m == null) {
        mismatches.add(new Mismatch(Mismatch.Kind.MISSED, g, g.entityId()));
      } else if (g == null) {
        mismatches.add(new Mismatch(Mismatch.Kind.SPURIOUS, m, ""));
      } else if (!Objects.equals(g.entityId(), m.entityId())) {
        mismatches.add(new Mismatch(Mismatch.Kind.MISLINKED, m, g.entityId()));
      }
    });
    mismatches.sort(Comparator.comparingInt((Mismatch x) -> x.mention().start()));
    return mismatches;
  }

  /** Pairs each mention found with the gold mention of the same span and type (or null), then each gold mention left with null. */
  private static void align(List<Mention> gold, List<Mention> found, BiConsumer<Mention, Mention> pair) {
    Map<String, Mention> goldBySpan = new LinkedHashMap<>();
    gold.forEach(m -> goldBySpan.put(span(m), m));
    for (Mention m : found) {
      pair.accept(goldBySpan.remove(span(m)), m);
    }
    goldBySpan.values().forEach(g -> pair.accept(g, null));
  }

  private static String span(Mention m) {
    return m.start() + ":" + m.end() + ":" + m.type();
  }

  private EntityScore withTypes(Map<EntityType, EntityScore> types) {
    return new EntityScore(truePositives, falsePositives, falseNegatives, linked, types);
  }

  /** The sum of two scores, per type too. */
  public EntityScore plus(EntityScore other) {
    Map<EntityType, EntityScore> types = new EnumMap<>(EntityType.class);
    types.putAll(byType);
    other.byType.forEach((t, s) -> types.merge(t, s, EntityScore::plus));
    return new EntityScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives, linked + other.linked, types);
  }

  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 0 : (double) truePositives / found;
  }

  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The share of correctly found mentions that are also linked to the right entity. */
  public double linkedAccuracy() {
    return truePositives == 0 ? 0 : (double) linked / truePositives;
  }
}
