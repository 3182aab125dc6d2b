package dev.newsdesk.internal.entity;

import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.entity.Recognition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups mentions into entities, with names, counts and salience. */
final class Entities {
  private Entities() {}

  /** Mentions in the first fifth of a text (the lead) count double toward salience. */
  private static final double LEAD_SHARE = 0.2;

  /** Most salient first; equally salient ones by id, so that the order is stable. */
  private static final Comparator<Entity> BY_SALIENCE =
      Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::id);

  static Recognition aggregate(String text, List<Mention> mentions, Map<String, KnowledgeBase.Entry> known) {
    Map<String, List<Mention>> byId = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
    }
    double leadEnd = text.length() * LEAD_SHARE;
    double[] weights = new double[byId.size()];
    double max = 0;
    int group = 0;
    for (List<Mention> ms : byId.values()) {
      double weight = 0;
      for (Mention m : ms) {
        weight += m.start() < leadEnd ? 2 : 1;
      }
      weights[group++] = weight;
      max = Math.max(max, weight);
    }
    List<Entity> entities = new ArrayList<>(byId.size());
    group = 0;
    for (Map.Entry<String, List<Mention>> e : byId.entrySet()) {
      List<Mention> ms = e.getValue();
      KnowledgeBase.Entry entry = known.get(e.getKey());
      Set<String> aliases = new LinkedHashSet<>();
      String name;
      EntityType type;
      if (entry != null) {
        name = entry.name();
        type = entry.type();
        aliases.addAll(entry.aliases());
      } else {
        name = longestText(ms);
        type = ms.get(0).type();
      }
      for (Mention m : ms) {
        aliases.add(m.text());
      }
      aliases.remove(name);
      double salience = Math.round(weights[group++] / max * 1000) / 1000.0;
      entities.add(new Entity(e.getKey(), name, type, List.copyOf(aliases), ms.size(), salience));
    }
    entities.sort(BY_SALIENCE);
    return new Recognition(mentions, entities);
  }

  /** The longest surface form, the first of equally long ones. */
  private static String longestText(List<Mention> mentions) {
    String longest = mentions.get(0).text();
    for (Mention m : mentions) {
      if (m.text().length() > longest.length()) {
        longest = m.text();
      }
    }
    return longest;
  }
}
