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

  static Recognition aggregate(String text, List<Mention> mentions, Map<String, KnowledgeBase.Entry> known) {
    Map<String, List<Mention>> byId = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    double max = 0;
    for (Map.Entry<String, List<Mention>> e : byId.entrySet()) {
      double weight = 0;
      for (Mention m : e.getValue()) {
        weight += m.start() < text.length() * LEAD_SHARE ? 2 : 1;
      }
      weights.put(e.getKey(), weight);
      max = Math.max(max, weight);
    }
    List<Entity> entities = new ArrayList<>();
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
        name = ms.stream().map(Mention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        type = ms.get(0).type();
      }
      ms.forEach(m -> aliases.add(m.text()));
      aliases.remove(name);
      double salience = Math.round(weights.get(e.getKey()) / max * 1000) / 1000.0;
      entities.add(new Entity(e.getKey(), name, type, List.copyOf(aliases), ms.size(), salience));
    }
    entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::id));
    return new Recognition(mentions, entities);
  }
}
