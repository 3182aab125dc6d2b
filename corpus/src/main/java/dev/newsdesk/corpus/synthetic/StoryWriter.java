package dev.newsdesk.corpus.synthetic;

import dev.newsdesk.corpus.synthetic.EntityPool.Country;
import dev.newsdesk.corpus.synthetic.EntityPool.Known;
import dev.newsdesk.corpus.synthetic.Grammar.Section;
import dev.newsdesk.corpus.synthetic.Grammar.Slot;
import dev.newsdesk.corpus.synthetic.Grammar.Template;
import dev.newsdesk.corpus.synthetic.Grammar.Topic;
import dev.newsdesk.corpus.synthetic.Story.Paragraph;
import dev.newsdesk.corpus.synthetic.Story.Segment;
import dev.newsdesk.entity.EntityType;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes one story from the grammar: picks a topic and a cast (one or two countries with their
 * people, organisations, cities and groups), then a headline, a lead and paragraphs of body,
 * quotes and background until a realistic length is reached. People are introduced with their
 * title of the day ("Foreign Minister ...") and then called by surname; organisations and places
 * switch to short forms (NATO, U.S.) after the first mention.
 */
final class StoryWriter {
  private static final String[] SMALL = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  private static final String[] SPANS = {"two weeks", "three weeks", "a month", "six weeks", "two months", "several months"};
  private static final double MEDIAN_WORDS = 560;
  private static final double SPREAD = 0.55;

  private final EntityPool pool;
  private final Grammar grammar;

  StoryWriter(EntityPool pool, Grammar grammar) {
    this.pool = pool;
    this.grammar = grammar;
  }

  /**
   * Writes a story dated {@code date}. With a {@code dateline} agency, the lead opens with a wire
   * dateline ("CITY (Agency) — ").
   */
  Story write(Rng rng, LocalDate date, String dateline) {
    Topic topic = grammar.topic(rng);
    Cast cast = Cast.draw(rng, pool, topic, date);
    Writer w = new Writer(rng, cast, topic, date);
    int target = (int) Math.round(StrictMath.exp(StrictMath.log(MEDIAN_WORDS) + SPREAD * rng.gaussian()));
    target = Math.max(90, Math.min(3000, target));
    String title = w.headline();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Segment> lead = new ArrayList<>();
    if (dateline != null && cast.has("AC")) {
      Known city = cast.known("AC");
      lead.add(new Segment(city.name().toUpperCase(Locale.ROOT), EntityType.LOCATION, city.id()));
      lead.add(Segment.plain(" ("));
      lead.add(new Segment(dateline, EntityType.ORGANIZATION, Text.slug(dateline)));
      lead.add(Segment.plain(") — "));
    }
    if (!w.sentence(lead, Section.LEAD, false)) {
      w.body(lead, false); // no lead fits this cast: open with a body sentence
    }
    paragraphs.add(new Paragraph(false, lead));
    int words = Text.words(paragraphs.get(0).text());
    boolean crossheads = target > 600 && rng.chance(0.35);
    int sinceHeading = 0;
    int backgrounds = 0;
    while (words < target) {
      List<Segment> p = new ArrayList<>();
      double roll = rng.nextDouble();
      if (crossheads && sinceHeading >= 4 && words < target - 150 && rng.chance(0.3)
          && w.sentence(p, Section.HEAD, false)) {
        paragraphs.add(new Paragraph(true, p));
        sinceHeading = 0;
        continue;
      }
      if (roll < 0.2) {
        w.sentence(p, Section.QUOTE, true);
        if (rng.chance(0.4)) {
          w.body(p);
        }
      } else if (roll < 0.3 && paragraphs.size() > 2 && backgrounds < 2 && w.sentence(p, Section.BACKGROUND, true)) {
        backgrounds++;
      } else {
        int sentences = rng.chance(0.45) ? 1 : rng.chance(0.7) ? 2 : 3;
        for (int i = 0; i < sentences; i++) {
          w.body(p);
        }
      }
      if (p.isEmpty()) {
        w.body(p);
      }
      paragraphs.add(new Paragraph(false, p));
      words += Text.words(paragraphs.get(paragraphs.size() - 1).text());
      sinceHeading++;
    }
    if (rng.chance(0.5)) {
      List<Segment> close = new ArrayList<>();
      if (w.sentence(close, Section.CLOSE, true)) {
        paragraphs.add(new Paragraph(false, close));
      }
    }
    return new Story(title, paragraphs, topic.name(), cast.tags());
  }

  /** A headline about other entities: for the "related" and "most read" links around a page. */
  String headline(Rng rng, LocalDate date) {
    Topic topic = grammar.topic(rng);
    return new Writer(rng, Cast.draw(rng, pool, topic, date), topic, date).headline();
  }

  /** Who a story is about: slot name to entity, and what has been introduced so far. */
  static final class Cast {
    private final Map<String, Known> known = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>(); // slot → adjective
    private final Map<String, String> nouns = new HashMap<>();  // slot → the story's collective noun
    private final Set<String> introduced = new HashSet<>();
    private final List<String> order = new ArrayList<>();
    private final LocalDate date;

    private Cast(LocalDate date) {
      this.date = date;
    }

    static Cast draw(Rng rng, EntityPool pool, Topic topic, LocalDate date) {
      Cast cast = new Cast(date);
      Country a = pool.country(rng);
      Country b = null;
      if (rng.chance(0.75)) {
        for (int tries = 0; tries < 6 && (b == null || b == a); tries++) {
          b = pool.country(rng);
        }
        if (b == a) {
          b = null;
        }
      }
      cast.put("A", a.entity());
      pickPerson(rng, cast, "P", a, b);
      if (b != null) {
        cast.put("B", b.entity());
        pickPerson(rng, cast, "Q", b, a);
        if (!b.cities().isEmpty()) {
          cast.put("BC", b.cities().get(b.cityRanks().sample(rng)));
        }
        if (b.adjective() != null) {
          cast.group("GB", b.adjective(), rng.pick(topic.groups()));
        }
      }
      if (!a.cities().isEmpty()) {
        cast.put("AC", a.cities().get(a.cityRanks().sample(rng)));
      }
      if (!a.organisations().isEmpty()) {
        cast.put("O", a.organisations().get(a.organisationRanks().sample(rng)));
      } else if (!pool.internationalOrganisations.isEmpty()) {
        cast.put("O", pool.internationalOrganisation(rng));
      }
      if (!pool.internationalOrganisations.isEmpty()) {
        Known io = pool.internationalOrganisation(rng);
        for (int tries = 0; tries < 4 && cast.known.containsValue(io); tries++) {
          io = pool.internationalOrganisation(rng);
        }
        if (!cast.known.containsValue(io)) {
          cast.put("IO", io);
        }
      }
      Known second = b != null && !b.organisations().isEmpty() && rng.chance(0.7)
          ? b.organisations().get(b.organisationRanks().sample(rng)) : null;
      if (second == null && cast.has("IO") && rng.chance(0.5)) {
        second = pool.internationalOrganisation(rng);
      }
      if (second != null && !cast.known.containsValue(second)) {
        cast.put("O2", second);
      }
      if (a.adjective() != null) {
        cast.group("G", a.adjective(), rng.pick(topic.groups()));
      }
      return cast;
    }

    private static void pickPerson(Rng rng, Cast cast, String slot, Country from, Country fallback) {
      Country source = !from.people().isEmpty() ? from : fallback != null && !fallback.people().isEmpty() ? fallback : null;
      if (source == null) {
        return;
      }
      for (int tries = 0; tries < 5; tries++) {
        Known person = source.people().get(source.peopleRanks().sample(rng));
        if (!cast.known.containsValue(person)) {
          cast.put(slot, person);
          return;
        }
      }
    }

    private void put(String slot, Known entity) {
      known.put(slot, entity);
      order.add(slot);
    }

    private void group(String slot, String adjective, String noun) {
      groups.put(slot, adjective);
      nouns.put(slot, noun);
    }

    boolean has(String slot) {
      return known.containsKey(slot) || groups.containsKey(slot);
    }

    Known known(String slot) {
      return known.get(slot);
    }

    List<String> tags() {
      List<String> tags = new ArrayList<>();
      for (String slot : order) {
        if (tags.size() < 5) {
          tags.add(known.get(slot).name());
        }
      }
      return tags;
    }
  }

  /** Writes sentences for one story, remembering what it used. */
  private final class Writer {
    private final Rng rng;
    private final Cast cast;
    private final Topic topic;
    private final LocalDate date;
    private final String thing;
    private final Set<Template> used = new HashSet<>();

    Writer(Rng rng, Cast cast, Topic topic, LocalDate date) {
      this.rng = rng;
      this.cast = cast;
      this.topic = topic;
      this.date = date;
      this.thing = topic.things().isEmpty() ? "the plan" : rng.pick(topic.things());
    }

    String headline() {
      Template t = choose(topic.get(Section.TITLE), true);
      if (t == null) {
        return Text.capitalize(thing);
      }
      StringBuilder out = new StringBuilder();
      for (Object part : t.parts()) {
        if (part instanceof String literal) {
          out.append(literal);
        } else {
          Slot slot = (Slot) part;
          Known k = cast.known(slot.name());
          if (k != null) {
            boolean compound = !out.isEmpty() && out.charAt(out.length() - 1) == '-'; // "China-United States Deal"
            out.append(k.type() == EntityType.PERSON ? k.shortForm() : k.needsThe() && out.isEmpty() ? "The " + k.name()
                : k.needsThe() && !compound && !endsWithWord(out, "the") ? "the " + k.name() : k.name());
          } else if (cast.groups.containsKey(slot.name())) {
            out.append(cast.groups.get(slot.name())).append(' ')
                .append(Text.capitalize(slot.argument() != null ? slot.argument() : cast.nouns.get(slot.name())));
          } else {
            out.append(headlineCase(filler(slot), out.isEmpty()));
          }
        }
      }
      return Text.capitalize(out.toString());
    }

    /** A body sentence: from the topic mostly, else shared; unused ones first, repeats only when all are used. */
    void body(List<Segment> paragraph) {
      body(paragraph, true);
    }

    void body(List<Segment> paragraph, boolean separate) {
      Section first = rng.chance(0.72) ? Section.BODY : null;
      Section second = first == null ? Section.BODY : null;
      if (!sentence(paragraph, first, separate, false) && !sentence(paragraph, second, separate, false)) {
        sentence(paragraph, first, separate, true);
      }
    }

    boolean sentence(List<Segment> paragraph, Section section, boolean separate) {
      return sentence(paragraph, section, separate, section != Section.HEAD);
    }

    /**
     * Appends one sentence of {@code section} (null: the shared body sentences) to the paragraph;
     * false when no template fits the cast.
     */
    boolean sentence(List<Segment> paragraph, Section section, boolean separate, boolean reuse) {
      List<Template> candidates = section == null ? grammar.shared.get(Section.BODY) : topic.get(section);
      if (section == Section.QUOTE || section == Section.CLOSE || section == Section.BACKGROUND) {
        List<Template> all = new ArrayList<>(candidates);
        all.addAll(grammar.shared.get(section));
        candidates = all;
      }
      Template t = choose(candidates, reuse);
      if (t == null) {
        return false;
      }
      if (separate && !paragraph.isEmpty()) {
        paragraph.add(Segment.plain(" "));
      }
      int start = paragraph.size();
      for (Object part : t.parts()) {
        if (part instanceof String literal) {
          paragraph.add(Segment.plain(literal));
        } else {
          slot(paragraph, (Slot) part, paragraph.size() == start);
        }
      }
      Segment first = paragraph.get(start);
      if (!first.isMention() && !first.text().isEmpty()) {
        paragraph.set(start, Segment.plain(Text.capitalize(first.text())));
      }
      return true;
    }

    private Template choose(List<Template> candidates, boolean reuse) {
      List<Template> fitting = new ArrayList<>();
      List<Template> fresh = new ArrayList<>();
      for (Template t : candidates) {
        if (fits(t)) {
          fitting.add(t);
          if (!used.contains(t)) {
            fresh.add(t);
          }
        }
      }
      if (fitting.isEmpty() || fresh.isEmpty() && !reuse) {
        return null;
      }
      Template t = rng.pick(fresh.isEmpty() ? fitting : fresh);
      used.add(t);
      return t;
    }

    private boolean fits(Template t) {
      for (String need : t.needs()) {
        if (!cast.has(need)) {
          return false;
        }
      }
      return true;
    }

    private void slot(List<Segment> out, Slot slot, boolean sentenceStart) {
      String name = slot.name();
      Known k = cast.known(name);
      if (k != null) {
        boolean first = cast.introduced.add(k.id());
        if (k.type() == EntityType.PERSON) {
          if (first) {
            String title = title(k);
            if (!title.isEmpty()) {
              out.add(Segment.plain(sentenceStart ? Text.capitalize(title) + " " : title + " "));
            }
            out.add(new Segment(k.name(), k.type(), k.id()));
          } else {
            out.add(new Segment(k.shortForm(), k.type(), k.id()));
          }
          return;
        }
        if (k.needsThe()) {
          String before = out.isEmpty() ? "" : out.get(out.size() - 1).text();
          if (!before.endsWith("the ") && !before.endsWith("The ")) {
            out.add(Segment.plain(sentenceStart ? "The " : "the "));
          }
        }
        String surface = !first && !k.shortForm().equals(k.name()) && rng.chance(0.6) ? k.shortForm() : k.name();
        out.add(new Segment(surface, k.type(), k.id()));
        return;
      }
      String adjective = cast.groups.get(name);
      if (adjective != null) {
        String noun = slot.argument() != null ? slot.argument() : cast.nouns.get(name);
        String phrase = adjective + " " + noun;
        out.add(new Segment(phrase, EntityType.GROUP, Text.slug(phrase)));
        return;
      }
      out.add(Segment.plain(filler(slot)));
    }

    /** The person's title on the story's date: "Foreign Minister", "former President", or "". */
    private String title(Known person) {
      EntityPool.Role held = null;
      EntityPool.Role past = null;
      for (EntityPool.Role role : person.roles()) {
        if (!date.isBefore(role.from()) && date.isBefore(role.to())) {
          held = role;
        } else if (!date.isBefore(role.to()) && (past == null || role.to().isAfter(past.to()))) {
          past = role;
        }
      }
      if (held != null) {
        return rng.chance(0.85) ? held.title() : "";
      }
      return past != null && rng.chance(0.6) ? "former " + past.title() : "";
    }

    private String filler(Slot slot) {
      return switch (slot.name()) {
        case "thing" -> rng.chance(0.7) || topic.things().isEmpty() ? thing : rng.pick(topic.things());
        case "n" -> rng.pick(SMALL);
        case "N" -> String.format(Locale.ROOT, "%,d", rng.chance(0.5) ? rng.between(12, 400) * 10 : rng.between(120, 2500) * 10);
        case "pct" -> String.format(Locale.ROOT, "%.1f percent", rng.between(3, 480) / 10.0);
        case "money" -> "$" + String.format(Locale.ROOT, "%.1f", rng.between(12, 950) / 10.0)
            + (rng.chance(0.6) ? " billion" : " million");
        case "day" -> date.minusDays(rng.nextInt(2)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        case "month" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        case "year" -> Integer.toString(date.getYear() - rng.between(2, 16));
        case "weeks" -> rng.pick(SPANS);
        default -> throw new IllegalStateException("Unknown slot {" + slot.name() + "} in the generator's grammar");
      };
    }
  }

  private static boolean endsWithWord(StringBuilder text, String word) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end >= word.length() && text.substring(end - word.length(), end).equalsIgnoreCase(word);
  }

  private static String headlineCase(String text, boolean atStart) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = atStart;
    for (String word : text.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean minor = !start && Set.of("a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "into", "along", "near").contains(word);
      out.append(minor ? word : Text.capitalize(word));
      start = false;
    }
    return out.toString();
  }
}
