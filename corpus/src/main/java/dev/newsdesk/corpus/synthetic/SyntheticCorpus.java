package dev.newsdesk.corpus.synthetic;

import dev.newsdesk.corpus.Fixture;
import dev.newsdesk.corpus.synthetic.Sites.Layout;
import dev.newsdesk.corpus.synthetic.Sites.Site;
import dev.newsdesk.corpus.synthetic.Story.Paragraph;
import dev.newsdesk.corpus.synthetic.Story.Segment;
import dev.newsdesk.entity.EntityType;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A deterministic generator of realistic news pages for benchmarks and large-scale tests: a seed
 * and a count give a stream of pages, each with its gold article and entity mentions.
 *
 * <pre>{@code
 * try (Stream<SyntheticPage> pages = SyntheticCorpus.seeded(42).pages(1_000_000)) {
 *   pages.forEach(p -> desk.ingest(p.page()));
 * }
 * }</pre>
 *
 * <p><b>What it makes.</b> Articles on seven topics (diplomacy, conflict, elections, economy,
 * disasters, courts, energy), written from a sentence grammar of this project's own, with lengths
 * spread like real news (median about 560 words, from under a hundred to a few thousand), dated
 * 2019 to 2025, on {@value #SITE_COUNT} invented outlets in seven site templates (WordPress,
 * newspaper CMS, broadcaster, wire, AMP, an old windows-1252 table layout, newsletter) with the
 * chrome real pages carry. Entities come from the shipped knowledge base
 * ({@code KnowledgeBase.standard()}): countries are drawn with Zipf-like frequencies, and each
 * story's people, organisations, cities and groups come from one or two countries, so entities
 * co-occur the way they do in news. People carry the title they held on the story's date.
 * About {@value #DUPLICATE_PERCENT}% of pages are near-duplicates of an earlier page: the same
 * story on another site, lightly edited ({@link SyntheticPage#duplicateOf()}).
 *
 * <p><b>Determinism.</b> Page {@code i} depends only on the seed, {@code i} and the knowledge
 * base's contents: the same seed gives byte-identical pages on every run and JVM, in any order,
 * and {@code page(i)} can be made alone. Nothing is kept between pages, so streaming any number of
 * them takes constant memory, and {@code pages(n).parallel()} works.
 *
 * <p>Thread-safe and immutable.
 *
 * @since 0.1
 */
public final class SyntheticCorpus {
  /** How many outlets pages are spread over. */
  public static final int SITE_COUNT = 44;
  /** The share of planted near-duplicates, in percent. */
  public static final int DUPLICATE_PERCENT = 3;

  private static final long SITE = 1;
  private static final long STORY = 2;
  private static final long CHROME = 3;
  private static final long DUPLICATE = 4;
  private static final long EDIT = 5;
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2026, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
  private static final int DUPLICATE_WINDOW = 2000;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Zipf SITE_RANKS = new Zipf(Sites.ALL.size(), 0.8);
  private static final Map<String, List<String>> SECTIONS = Map.of(
      "diplomacy", List.of("world", "politics", "middle-east", "asia", "europe", "africa", "americas"),
      "conflict", List.of("world", "middle-east", "africa", "europe", "asia"),
      "election", List.of("politics", "world", "europe", "americas"),
      "economy", List.of("business", "economy", "world"),
      "disaster", List.of("national", "climate", "world", "science"),
      "courts", List.of("politics", "national", "world"),
      "energy", List.of("business", "climate", "economy", "world"));
  private static final String[] CAPTIONS = {
      "%s has been at the centre of the dispute for months.",
      "%s speaks to reporters at a news conference.",
      "Supporters gather outside the venue ahead of the announcement.",
      "A view of the area on the day the decision was announced.",
      "Officials arrive for a meeting earlier this year.",
      "Members of the public follow the proceedings on a screen.",
      "A file photo of %s."};

  private final long seed;
  private final StoryWriter writer;

  private SyntheticCorpus(long seed) {
    this.seed = seed;
    this.writer = new StoryWriter(EntityPool.standard(), Grammar.standard());
  }

  /** The corpus of this seed. The first call loads the knowledge base and the grammar. */
  public static SyntheticCorpus seeded(long seed) {
    return new SyntheticCorpus(seed);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The names of the outlets pages come from, most prolific first. */
  public static List<String> sites() {
    return Sites.ALL.stream().map(Site::name).toList();
  }

  /** Pages {@code 0} to {@code count - 1}, in order, made as the stream is consumed. */
  public Stream<SyntheticPage> pages(long count) {
    return pages(0, count);
  }

  /** Pages {@code from} (included) to {@code to} (excluded), in order, made as the stream is consumed. */
  public Stream<SyntheticPage> pages(long from, long to) {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("need 0 <= from <= to, was from=" + from + ", to=" + to);
    }
    return LongStream.range(from, to).mapToObj(this::page);
  }

  /**
   * Page {@code index}, the same on every call.
   *
   * @param index from 0
   */
  public SyntheticPage page(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    long original = originalOf(index);
    Draft draft;
    OptionalLong duplicateOf;
    if (original < 0) {
      draft = draft(index);
      duplicateOf = OptionalLong.empty();
    } else {
      draft = syndicate(index, draft(original));
      duplicateOf = OptionalLong.of(original);
    }
    return render(index, draft, duplicateOf);
  }

  @Override
  public String toString() {
    return "SyntheticCorpus[seed " + seed + "]";
  }

  // ---- drafting

  /** A story placed on a site at a time, before it is drawn as a page. */
  private record Draft(Site site, Story story, OffsetDateTime published) {}

  private Draft draft(long index) {
    Site site = Sites.ALL.get(SITE_RANKS.sample(Rng.of(seed, index, SITE)));
    Rng rng = Rng.of(seed, index, STORY);
    LocalDate day = FIRST_DAY.plusDays(rng.nextInt(DAYS));
    OffsetDateTime published = LocalDateTime.of(day, java.time.LocalTime.of(0, 0))
        .plusMinutes(rng.between(6 * 60, 23 * 60 + 30)).atOffset(site.zone());
    Story story = writer.write(rng, day, site.layout() == Layout.WIRE ? site.name() : null);
    return new Draft(site, story, published);
  }

  /** The original a page duplicates, or -1 when it is an original itself. */
  private long originalOf(long index) {
    if (index == 0 || !isDuplicate(index)) {
      return -1;
    }
    Rng rng = Rng.of(seed, index, DUPLICATE);
    rng.nextDouble(); // the draw isDuplicate made
    long candidate = index - 1 - rng.nextInt((int) Math.min(index, DUPLICATE_WINDOW));
    for (int tries = 0; tries < 8 && candidate >= 0; tries++, candidate--) {
      if (candidate == 0 || !isDuplicate(candidate)) {
        return candidate;
      }
    }
    return -1;
  }

  private boolean isDuplicate(long index) {
    return index > 0 && Rng.of(seed, index, DUPLICATE).nextDouble() < DUPLICATE_PERCENT / 100.0;
  }

  /** The original's story republished by another site: later, trimmed, perhaps with a credit line. */
  private Draft syndicate(long index, Draft original) {
    Rng rng = Rng.of(seed, index, EDIT);
    Site site = original.site();
    for (int tries = 0; tries < 10 && site == original.site(); tries++) {
      site = Sites.ALL.get(SITE_RANKS.sample(rng));
    }
    if (site == original.site()) {
      site = Sites.ALL.get((Sites.ALL.indexOf(site) + 1) % Sites.ALL.size());
    }
    List<Paragraph> paragraphs = new ArrayList<>(original.story().paragraphs());
    int size = paragraphs.size();
    if (paragraphs.size() > 4 && rng.chance(0.5)) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    if (paragraphs.size() > 5 && rng.chance(0.35)) {
      paragraphs.remove(rng.between(2, paragraphs.size() - 2));
    }
    if (paragraphs.get(paragraphs.size() - 1).heading()) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    if (rng.chance(0.5) || paragraphs.size() == size) { // every near-duplicate differs a little
      paragraphs.add(new Paragraph(false, List.of(
          Segment.plain("This article was originally published by "),
          new Segment(original.site().name(), EntityType.ORGANIZATION, Text.slug(original.site().name())),
          Segment.plain("."))));
    }
    Story story = original.story().withParagraphs(paragraphs);
    double edit = rng.nextDouble();
    if (edit < 0.15) {
      story = story.withTitle("Update: " + story.title());
    } else if (edit < 0.3) {
      story = story.withTitle(story.title() + " – Report");
    }
    OffsetDateTime published = original.published().plusMinutes(rng.between(40, 36 * 60)).withOffsetSameInstant(site.zone());
    return new Draft(site, story, published);
  }

  // ---- drawing

  private SyntheticPage render(long index, Draft draft, OptionalLong duplicateOf) {
    Site site = draft.site();
    Story story = draft.story();
    OffsetDateTime published = draft.published();
    Rng rng = Rng.of(seed, index, CHROME);
    String section = section(site, story.topic());
    List<String> byline = byline(rng, site);
    URI url = url(index, site, section, story.title(), published);
    URI canonical = site.layout() == Layout.AMP ? URI.create(url.toString().replaceFirst("amp/$", "")) : url;
    List<String> related = new ArrayList<>();
    int relatedCount = rng.between(4, 6);
    for (int i = 0; i < relatedCount; i++) {
      related.add(writer.headline(rng, published.toLocalDate().minusDays(rng.nextInt(10))));
    }
    String caption = String.format(Locale.ROOT, rng.pick(CAPTIONS), story.tags().isEmpty() ? "The scene" : story.tags().get(0));
    URI image = URI.create("https://" + site.host() + "/images/" + published.getYear() + "/"
        + String.format(Locale.ROOT, "%02d", published.getMonthValue()) + "/" + Long.toString(index, 36) + "-lead.jpg");
    Pages.Model model = new Pages.Model(index, site, url, canonical, section, story, byline, published, related, caption, image, rng);
    String html = Pages.render(model);
    Charset charset = site.windows1252() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    String when = site.layout() == Layout.TABLE_LAYOUT ? published.toLocalDate().toString() : Pages.ISO.format(published);
    Fixture.ExpectedArticle expected = new Fixture.ExpectedArticle(
        story.title(), byline, Optional.of(when), site.name(), "en", story.text());
    return new SyntheticPage(index, url, site.name(), site.layout().id, charset, html.getBytes(charset), expected,
        story.mentions(), duplicateOf);
  }

  private static String section(Site site, String topic) {
    for (String preferred : SECTIONS.getOrDefault(topic, List.of())) {
      if (site.sections().contains(preferred)) {
        return preferred;
      }
    }
    return site.sections().get(0);
  }

  private static List<String> byline(Rng rng, Site site) {
    if (site.layout() == Layout.BLOG) {
      return List.of(site.staff().get(0));
    }
    double roll = rng.nextDouble();
    if (roll < 0.12 && site.layout() != Layout.WIRE) {
      return List.of();
    }
    String first = site.staff().get(rng.nextInt(site.staff().size()));
    if (roll > 0.85) {
      String second = site.staff().get(rng.nextInt(site.staff().size()));
      if (!second.equals(first)) {
        return List.of(first, second);
      }
    }
    return List.of(first);
  }

  private static URI url(long index, Site site, String section, String title, OffsetDateTime published) {
    String slug = Text.urlSlug(title, 9);
    String id = Long.toString(index, 36);
    String y = Integer.toString(published.getYear());
    String m = String.format(Locale.ROOT, "%02d", published.getMonthValue());
    String d = String.format(Locale.ROOT, "%02d", published.getDayOfMonth());
    String path = switch (site.layout()) {
      case WORDPRESS -> "/" + y + "/" + m + "/" + d + "/" + slug + "-" + id + "/";
      case NEWSPAPER_CMS -> "/" + section + "/" + y + "/" + published.getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT)
          + "/" + d + "/" + slug + "-" + id;
      case BROADCASTER -> "/news/" + section + "-" + (60_000_000L + index);
      case WIRE -> "/" + section + "/" + slug + "-" + y + "-" + m + "-" + d + "-" + id + "/";
      case AMP -> "/" + section + "/" + y + "/" + m + "/" + d + "/" + slug + "-" + id + "/amp/";
      case TABLE_LAYOUT -> "/news/" + y + "/" + m + "/" + d + "/" + id + ".html";
      case BLOG -> "/p/" + slug + "-" + id;
    };
    return URI.create((site.layout() == Layout.TABLE_LAYOUT ? "http://" : "https://") + site.host() + path);
  }
}
