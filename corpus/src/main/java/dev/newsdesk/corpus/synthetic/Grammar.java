package dev.newsdesk.corpus.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sentence templates of {@code phrases.txt}, by topic and section. */
final class Grammar {
  private static final String RESOURCE = "/dev/newsdesk/corpus/synthetic/phrases.txt";

  /** Slots that name an entity; each becomes a gold mention. */
  static final Set<String> ENTITY_SLOTS = Set.of("A", "B", "AC", "BC", "P", "Q", "O", "O2", "IO", "G", "GB");

  enum Section { TITLE, LEAD, BODY, QUOTE, BACKGROUND, HEAD, CLOSE }

  /** A slot in a template: {@code {G:workers}} has name {@code G} and argument {@code workers}. */
  record Slot(String name, String argument) {}

  /** A template: literal strings and slots, in order, and the entity slots it needs filled. */
  record Template(List<Object> parts, Set<String> needs) {}

  record Topic(String name, double weight, List<String> things, List<String> groups, Map<Section, List<Template>> sections) {
    List<Template> get(Section section) {
      return sections.getOrDefault(section, List.of());
    }
  }

  private static final Map<String, Double> WEIGHTS = Map.of(
      "diplomacy", 0.22, "conflict", 0.2, "election", 0.16, "economy", 0.18, "disaster", 0.08, "courts", 0.09,
      "energy", 0.07);

  final List<Topic> topics;
  final Topic shared;

  private static final Grammar STANDARD = load();

  static Grammar standard() {
    return STANDARD;
  }

  private Grammar(List<Topic> topics, Topic shared) {
    this.topics = topics;
    this.shared = shared;
  }

  Topic topic(Rng rng) {
    double total = topics.stream().mapToDouble(Topic::weight).sum();
    double at = rng.nextDouble() * total;
    for (Topic t : topics) {
      at -= t.weight();
      if (at < 0) {
        return t;
      }
    }
    return topics.get(topics.size() - 1);
  }

  private static Grammar load() {
    List<Topic> topics = new ArrayList<>();
    Topic shared = null;
    String name = null;
    List<String> things = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    Map<Section, List<Template>> sections = new EnumMap<>(Section.class);
    try (InputStream in = Grammar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The generator's grammar " + RESOURCE + " is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        String key = space < 0 ? line : line.substring(0, space);
        String value = space < 0 ? "" : line.substring(space + 1).strip();
        switch (key) {
          case "@topic" -> {
            if (name != null) {
              Topic done = new Topic(name, WEIGHTS.getOrDefault(name, 0.0), List.copyOf(things), List.copyOf(groups), Map.copyOf(sections));
              if (name.equals("*")) {
                shared = done;
              } else {
                topics.add(done);
              }
            }
            name = value;
            things = new ArrayList<>();
            groups = new ArrayList<>();
            sections = new EnumMap<>(Section.class);
          }
          case "@things" -> things.addAll(Arrays.asList(value.split("\\|")));
          case "@groups" -> groups.addAll(Arrays.asList(value.split("\\|")));
          default -> {
            Section section = Section.valueOf(key.substring(1).toUpperCase(java.util.Locale.ROOT));
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(parse(value, number));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (name != null) {
      Topic done = new Topic(name, WEIGHTS.getOrDefault(name, 0.0), List.copyOf(things), List.copyOf(groups), Map.copyOf(sections));
      if (name.equals("*")) {
        shared = done;
      } else {
        topics.add(done);
      }
    }
    if (shared == null) {
      throw new IllegalStateException(RESOURCE + " has no shared topic '@topic *'");
    }
    return new Grammar(List.copyOf(topics), shared);
  }

  private static Template parse(String text, int line) {
    List<Object> parts = new ArrayList<>();
    Set<String> needs = new LinkedHashSet<>();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('{', at);
      if (open < 0) {
        parts.add(text.substring(at));
        break;
      }
      if (open > at) {
        parts.add(text.substring(at, open));
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException(RESOURCE + ":" + line + ": unclosed slot in " + text);
      }
      String[] slot = text.substring(open + 1, close).split(":", 2);
      parts.add(new Slot(slot[0], slot.length > 1 ? slot[1] : null));
      if (ENTITY_SLOTS.contains(slot[0])) {
        needs.add(slot[0]);
      }
      at = close + 1;
    }
    return new Template(List.copyOf(parts), Set.copyOf(needs));
  }
}
