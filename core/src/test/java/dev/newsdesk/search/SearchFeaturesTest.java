package dev.newsdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search features over a generated corpus whose answers are known by construction. */
class SearchFeaturesTest {
  private static final long SEED = 20261125L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 1);
  private static final int ARTICLES = 60;

  private static final Entity IRAN = new Entity("iran", "Iran", EntityType.LOCATION, List.of("Islamic Republic"), 1, 1.0);
  private static final Entity HAMAS = new Entity("hamas", "Hamas", EntityType.ORGANIZATION, List.of(), 1, 0.8);
  private static final Entity BLINKEN = new Entity("antony-blinken", "Antony Blinken", EntityType.PERSON, List.of(), 1, 0.6);
  private static final Entity MILITIAS = new Entity("shiite-militias", "Shiite militias", EntityType.GROUP, List.of(), 1, 0.4);

  private NewsIndex index;
  /** What each article was given, to count answers by brute force. */
  private final List<Set<String>> entitiesOf = new ArrayList<>();

  private static String url(int i) {
    return "https://news.example.org/story-" + i;
  }

  private static LocalDate dayOf(int i) {
    return FIRST_DAY.plusDays(i / 2);
  }

  @BeforeEach
  void fill() {
    index = NewsIndex.inMemory();
    Random random = new Random(SEED);
    for (int i = 0; i < ARTICLES; i++) {
      List<Entity> entities = new ArrayList<>();
      for (Entity e : List.of(IRAN, HAMAS, BLINKEN, MILITIAS)) {
        // Hamas is mentioned more and more often as the days go by: a known trend.
        double chance = e == HAMAS ? (double) i / ARTICLES : 0.4;
        if (random.nextDouble() < chance) {
          entities.add(e);
        }
      }
      entitiesOf.add(new HashSet<>(entities.stream().map(Entity::id).toList()));
      String text = "Story number " + i + " about the talks. " + (i % 3 == 0 ? "Ceasefire negotiations continued." : "Markets moved.")
          + " " + String.join(" and ", entities.stream().map(Entity::name).toList()) + ".";
      Article article = Article.builder(URI.create(url(i)))
          .title("Story " + i)
          .text(text)
          .site(i % 2 == 0 ? "Even Times" : "Odd Post")
          .language("en")
          .byline(List.of(i % 4 == 0 ? "Ana Lima" : "Tom Berg"))
          .section(i % 5 == 0 ? "World" : "Business")
          .tags(i % 3 == 0 ? List.of("Diplomacy", "Middle East") : List.of("Markets"))
          .published(OffsetDateTime.of(dayOf(i).atTime(10, 0), ZoneOffset.UTC))
          .build();
      index.add(article, new Recognition(List.of(), entities));
    }
  }

  @AfterEach
  void close() {
    index.close();
  }

  private long bruteForce(java.util.function.IntPredicate matches) {
    return java.util.stream.IntStream.range(0, ARTICLES).filter(matches).count();
  }

  @Test
  void pagingVisitsEveryMatchOnceWithoutGaps() {
    for (SortOrder order : SortOrder.values()) {
      NewsSearch search = index.search().matching("talks").sortedBy(order);
      List<String> seen = new ArrayList<>();
      SearchResults page = search.fetch(7);
      while (true) {
        page.hits().forEach(h -> seen.add(h.url().toString()));
        if (page.nextPage().isEmpty()) {
          break;
        }
        page = search.after(page.nextPage().get()).fetch(7);
      }
      assertEquals(ARTICLES, seen.size(), order.toString());
      assertEquals(ARTICLES, new HashSet<>(seen).size(), order + ": repeats");
    }
  }

  @Test
  void aForeignCursorIsRejectedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.search().after("not-a-cursor").fetch(5));
    assertTrue(e.getMessage().contains("nextPage()"), e.getMessage());
  }

  @Test
  void totalIsExactUpToTheThresholdThenALowerBound() {
    SearchResults exact = index.search().fetch(5);
    assertEquals(ARTICLES, exact.total());
    assertTrue(exact.totalIsExact());
    SearchResults bounded = index.search().countingExactlyUpTo(10).sortedBy(SortOrder.NEWEST).fetch(5);
    assertFalse(bounded.totalIsExact());
    assertTrue(bounded.total() >= 10 && bounded.total() <= ARTICLES);
  }

  /** Entities of every type are ranked together: by how many matches mention them, then by id. */
  @Test
  void theTopEntitiesOfAllTypesAreTheBruteForceTopInOrder() {
    for (int limit = 1; limit <= 4; limit++) {
      SearchResults r = index.search().matching("ceasefire").facetedBy(Facet.entities().top(limit)).fetch(1);
      java.util.Map<String, Long> expected = new java.util.LinkedHashMap<>();
      List.of(IRAN, HAMAS, BLINKEN, MILITIAS).stream()
          .map(e -> java.util.Map.entry(e.id(), bruteForce(i -> i % 3 == 0 && entitiesOf.get(i).contains(e.id()))))
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
          .limit(limit)
          .forEach(e -> expected.put(e.getKey(), e.getValue()));
      assertEquals(List.copyOf(expected.entrySet()), List.copyOf(r.facets().get("entities").entrySet()), "top " + limit);
    }
  }

  @Test
  void facetCountsEqualBruteForceCounts() {
    SearchResults r = index.search().matching("ceasefire").facetedBy(Facet.entities(), Facet.sites(), Facet.bylines(),
        Facet.dates(Facet.Interval.MONTH)).fetch(1);
    for (Entity e : List.of(IRAN, HAMAS, BLINKEN, MILITIAS)) {
      long expected = bruteForce(i -> i % 3 == 0 && entitiesOf.get(i).contains(e.id()));
      assertEquals(expected, r.facets().get("entities").getOrDefault(e.id(), 0L), e.id());
    }
    assertEquals(bruteForce(i -> i % 3 == 0 && i % 2 == 0), r.facets().get("sites").get("even times"));
    assertEquals(bruteForce(i -> i % 3 == 0 && i % 4 == 0), r.facets().get("bylines").get("Ana Lima"));
    long march = bruteForce(i -> i % 3 == 0 && dayOf(i).getMonthValue() == 3);
    assertEquals(march, r.facets().get("dates").get("2024-03-01"));
  }

  @Test
  void filtersAndExclusionsMatchBruteForce() {
    assertEquals(bruteForce(i -> entitiesOf.get(i).contains("iran") && !entitiesOf.get(i).contains("hamas")),
        index.search().mentioning("Islamic Republic").notMentioning("hamas").fetchTotalHitCount());
    assertEquals(bruteForce(i -> i % 2 == 1), index.search().notFromSite("Even Times").fetchTotalHitCount());
    assertEquals(bruteForce(i -> i % 4 == 0), index.search().byAuthor("ana lima").fetchTotalHitCount());
    assertEquals(ARTICLES, index.search().inLanguage("en").fetchTotalHitCount());
    assertEquals(0, index.search().inLanguage("fr").fetchTotalHitCount());
  }

  @Test
  void sectionAndTagFiltersAndFacetsMatchBruteForce() {
    assertEquals(bruteForce(i -> i % 5 == 0), index.search().inSection("world").fetchTotalHitCount());
    assertEquals(ARTICLES, index.search().inSection("World").inSection("BUSINESS").fetchTotalHitCount());
    assertEquals(bruteForce(i -> i % 3 == 0 && i % 5 == 0),
        index.search().taggedWith("middle east").inSection("World").fetchTotalHitCount());
    assertEquals(ARTICLES, index.search().taggedWith("Markets").taggedWith("DIPLOMACY").fetchTotalHitCount());
    assertEquals(1, index.search().parsing("section:world AND tag:\"middle east\" AND title:\"story 0\"").fetchTotalHitCount());
    SearchResults r = index.search().facetedBy(Facet.sections(), Facet.tags()).fetch(1);
    assertEquals(bruteForce(i -> i % 5 == 0), r.facets().get("sections").get("world"));
    assertEquals(bruteForce(i -> i % 3 == 0), r.facets().get("tags").get("middle east"));
    assertEquals(bruteForce(i -> i % 3 != 0), r.facets().get("tags").get("markets"));
  }

  @Test
  void coMentionedEntitiesLeaveOutTheOneAskedFor() {
    List<EntityCount> withIran = index.search().mentioning("Iran").fetchTopEntities(10);
    assertFalse(withIran.stream().anyMatch(c -> c.id().equals("iran")));
    for (EntityCount c : withIran) {
      assertEquals(bruteForce(i -> entitiesOf.get(i).contains("iran") && entitiesOf.get(i).contains(c.id())), c.articles(), c.id());
    }
    EntityCount hamas = withIran.stream().filter(c -> c.id().equals("hamas")).findFirst().orElseThrow();
    assertEquals("Hamas", hamas.name());
    assertEquals(EntityType.ORGANIZATION, hamas.type());
  }

  @Test
  void trendingFindsTheEntityThatRose() {
    LocalDate lastDay = dayOf(ARTICLES - 1);
    LocalDate from = lastDay.minusDays(9);
    List<Trend> trends = index.search().fetchTrendingEntities(from, lastDay, 4);
    Trend top = trends.get(0);
    assertEquals("hamas", top.entity().id());
    assertTrue(top.ratio() > 1, "ratio " + top.ratio());
    long now = bruteForce(i -> !dayOf(i).isBefore(from) && entitiesOf.get(i).contains("hamas"));
    long before = bruteForce(i -> dayOf(i).isBefore(from) && !dayOf(i).isBefore(from.minusDays(10)) && entitiesOf.get(i).contains("hamas"));
    assertEquals(now, top.entity().articles());
    assertEquals(before, top.before());
  }

  @Test
  void timelineCountsArticlesPerDay() {
    SortedMap<LocalDate, Long> timeline = index.search().mentioning("hamas").fetchTimeline();
    long total = timeline.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(bruteForce(i -> entitiesOf.get(i).contains("hamas")), total);
    timeline.forEach((day, n) -> assertEquals(bruteForce(i -> dayOf(i).equals(day) && entitiesOf.get(i).contains("hamas")), n));
  }

  @Test
  void aSavedQueryFiresExactlyForMatchingNewArticles() {
    List<Hit> delivered = new ArrayList<>();
    try (Watch watch = index.search().matching("ceasefire").mentioning("Hamas").watch(delivered::add)) {
      index.add(article("https://news.example.org/new-1", "Ceasefire agreed", "A ceasefire was agreed by Hamas."), recognition(HAMAS));
      index.add(article("https://news.example.org/new-2", "Ceasefire agreed", "A ceasefire was agreed."), recognition(IRAN));
      index.add(article("https://news.example.org/new-3", "Markets", "Hamas said nothing."), recognition(HAMAS));
    }
    index.add(article("https://news.example.org/new-4", "Ceasefire holds", "The ceasefire with Hamas holds."), recognition(HAMAS));
    assertEquals(List.of(URI.create("https://news.example.org/new-1")), delivered.stream().map(Hit::url).toList());
  }

  /**
   * Saved queries skip articles that lack what they ask for before running: for queries of every
   * shape, what each delivers is exactly what a search of the same query finds among new articles.
   */
  @Test
  void savedQueriesOfEveryShapeDeliverExactlyWhatTheSameSearchFinds() {
    List<NewsSearch> shapes = List.of(
        index.search().matching("ceasefire"),
        index.search().matching("\"ceasefire negotiations\""),
        index.search().matching("talks ceasefire"),
        index.search().mentioning("Hamas"),
        index.search().mentioningAny("Hamas", "Iran"),
        index.search().mentioning("Hamas").notMentioning("Iran"),
        index.search().mentioningAny(EntityType.PERSON),
        index.search().matching("talks").fromSite("Even Times"),
        index.search().matching("markets").publishedSince(FIRST_DAY.plusDays(100)),
        index.search().parsing("title:update OR entity:iran"),
        index.search().parsing("markets -entity:hamas"),
        index.search().parsing("+markets OR ceasefire"));
    List<List<URI>> delivered = new ArrayList<>();
    List<Watch> watches = new ArrayList<>();
    for (NewsSearch shape : shapes) {
      List<URI> urls = new ArrayList<>();
      delivered.add(urls);
      watches.add(shape.watch(hit -> urls.add(hit.url())));
    }
    Random random = new Random(SEED + 1);
    for (int j = 0; j < 40; j++) {
      List<Entity> entities = new ArrayList<>();
      for (Entity e : List.of(IRAN, HAMAS, BLINKEN, MILITIAS)) {
        if (random.nextBoolean()) {
          entities.add(e);
        }
      }
      String text = (j % 3 == 0 ? "Ceasefire negotiations continued in the talks." : "Markets moved on the news.") + " "
          + String.join(" and ", entities.stream().map(Entity::name).toList()) + ".";
      index.add(Article.builder(URI.create("https://news.example.org/update-" + j)).title(j % 4 == 0 ? "Update " + j : "Report " + j)
          .text(text).site(j % 2 == 0 ? "Even Times" : "Odd Post").language("en")
          .published(OffsetDateTime.of(FIRST_DAY.plusDays(90 + j).atTime(9, 0), ZoneOffset.UTC)).build(),
          new Recognition(List.of(), entities));
    }
    watches.forEach(Watch::close);
    for (int q = 0; q < shapes.size(); q++) {
      Set<URI> found = new HashSet<>();
      shapes.get(q).fetch(500).hits().stream().map(Hit::url).filter(u -> u.getPath().startsWith("/update-")).forEach(found::add);
      assertEquals(found, new HashSet<>(delivered.get(q)), "saved query " + q);
      assertEquals(found.size(), delivered.get(q).size(), "saved query " + q + " delivered an article twice");
    }
    assertTrue(delivered.stream().allMatch(d -> !d.isEmpty()), "every shape matches some new article: " + delivered.stream().map(List::size).toList());
  }

  @Test
  void aSavedQueryDeliversADatedArticleWithItsDate() {
    List<Hit> delivered = new ArrayList<>();
    OffsetDateTime published = OffsetDateTime.parse("2024-06-20T08:42:00-04:00");
    try (Watch watch = index.search().mentioning("Hamas").watch(delivered::add)) {
      index.add(article("https://news.example.org/dated", "Talks resume", "Talks with Hamas resumed.").toBuilder()
          .published(published).build(), recognition(HAMAS));
    }
    assertEquals(List.of(Optional.of(published)), delivered.stream().map(Hit::published).toList());
  }

  @Test
  void wordsMatchEachArticleWithTheAnalysisOfItsLanguage() {
    assertEquals(0, index.search().matching("négociation").fetchTotalHitCount());
    index.add(Article.builder(URI.create("https://journal.example.fr/a")).title("Reprise").language("fr")
        .text("Les négociations ont repris à Genève.").build(), Recognition.EMPTY);
    // French light stemming folds the plural; the English articles still match their own words.
    assertEquals(List.of(URI.create("https://journal.example.fr/a")),
        index.search().matching("négociation").fetch(5).hits().stream().map(Hit::url).toList());
    assertEquals(bruteForce(i -> i % 3 == 0), index.search().matching("negotiation").fetchTotalHitCount());
    // Quoted, the words are matched as written in that language's field too.
    assertEquals(1, index.search().matching("\"négociations ont repris\"").fetchTotalHitCount());
    assertEquals(0, index.search().matching("\"négociation ont repris\"").fetchTotalHitCount());
  }

  @Test
  void aSavedQueryAlsoFiresForALanguageTheIndexDidNotHoldYet() {
    List<Hit> delivered = new ArrayList<>();
    try (Watch watch = index.search().matching("négociation").watch(delivered::add)) {
      index.add(Article.builder(URI.create("https://journal.example.fr/b")).title("Reprise").language("fr")
          .text("Les négociations ont repris.").build(), Recognition.EMPTY);
    }
    assertEquals(List.of(URI.create("https://journal.example.fr/b")), delivered.stream().map(Hit::url).toList());
  }

  private static final String FED_BODY = "The central bank held its key rate at 5.25 percent on Wednesday, saying inflation was still too high"
      + " and that it would need more evidence before cutting, while officials signalled two cuts later this year."
      + " The chair told reporters that the labour market remained strong, with unemployment below four percent for"
      + " more than two years, and that wage growth had slowed only gradually. Investors, who had bet on a cut as"
      + " early as March, pushed their expectations back to the summer after the statement. Bond yields rose and the"
      + " dollar strengthened against the euro and the yen, while stocks gave up early gains in afternoon trading."
      + " Analysts said the decision had been widely expected but that the tone was firmer than many had hoped.";

  @Test
  void nearDuplicatesShareAStoryAndCollapse() {
    String body = FED_BODY;
    index.add(article("https://wire.example.com/fed", "Fed holds", body), Recognition.EMPTY);
    index.add(article("https://partner.example.net/fed-copy", "Fed holds rates", body.replace("Wednesday", "Wednesday afternoon")), Recognition.EMPTY);
    index.add(article("https://other.example.org/ecb", "ECB cuts", "The European Central Bank cut rates for the first time"
        + " in five years on Thursday, as inflation in the euro area eased toward its target."), Recognition.EMPTY);
    SearchResults all = index.search().matching("inflation").fetch(10);
    assertEquals(3, all.hits().size());
    String story = all.hits().stream().filter(h -> h.url().toString().contains("wire")).findFirst().orElseThrow().storyId();
    assertEquals(story, all.hits().stream().filter(h -> h.url().toString().contains("partner")).findFirst().orElseThrow().storyId());
    SearchResults collapsed = index.search().matching("inflation").collapsingDuplicates().fetch(10);
    assertEquals(2, collapsed.hits().size());
    assertEquals(3, collapsed.total());
  }

  @Test
  void aNearDuplicateOfAnArticleTheSearcherAlreadySeesJoinsItsStory() {
    index.add(article("https://wire.example.com/fed", "Fed holds", FED_BODY), Recognition.EMPTY);
    assertEquals(1, index.search().matching("inflation").fetchTotalHitCount()); // a refresh: the copy is found in the index
    index.add(article("https://partner.example.net/fed-copy", "Fed holds rates", FED_BODY.replace("Wednesday", "Wednesday afternoon")),
        Recognition.EMPTY);
    index.add(article("https://other.example.org/fed-rewrite", "Rates", "Inflation was still too high, the central bank said."),
        Recognition.EMPTY);
    Map<String, String> stories = new java.util.HashMap<>();
    index.search().matching("inflation").fetch(10).hits().forEach(h -> stories.put(h.url().getHost(), h.storyId()));
    assertEquals("https://wire.example.com/fed", stories.get("wire.example.com"));
    assertEquals("https://wire.example.com/fed", stories.get("partner.example.net"));
    assertEquals("https://other.example.org/fed-rewrite", stories.get("other.example.org"));
  }

  @Test
  void aNearDuplicateIsFoundAmongMoreArticlesSharingBoilerplateThanTheCheckFollows() {
    // Texts too short to tell apart share one signature, so every band of it: more of them than
    // the near-duplicate check follows, which must still find the copy of a real story.
    for (int i = 0; i <= 1_100; i++) {
      index.add(article("https://brief.example/" + i, "Brief", "Markets closed."), Recognition.EMPTY);
    }
    index.add(article("https://wire.example.com/fed", "Fed holds", FED_BODY), Recognition.EMPTY);
    assertEquals(1, index.search().matching("inflation").fetchTotalHitCount()); // a refresh: the copy is found in the index
    index.add(article("https://partner.example.net/fed-copy", "Fed holds rates", FED_BODY.replace("Wednesday", "Wednesday afternoon")),
        Recognition.EMPTY);
    List<String> stories = index.search().matching("inflation").fetch(10).hits().stream().map(Hit::storyId).distinct().toList();
    assertEquals(List.of("https://wire.example.com/fed"), stories);
  }

  @Test
  void aStoryCopiedMoreTimesThanTheCheckReadsOfABandStillGathersEveryCopy() {
    // A wire story on hundreds of sites: each band of it is shared by more articles than the check
    // reads of a band, which reads the oldest, and those are copies too.
    for (int i = 0; i < 300; i++) {
      index.add(article("https://site" + i + ".example/fed", "Fed holds", FED_BODY + " Published by desk " + i + "."), Recognition.EMPTY);
    }
    assertEquals(300, index.search().matching("inflation").fetchTotalHitCount()); // a refresh: the copies are in the index
    index.add(article("https://late.example/fed", "Fed holds", FED_BODY + " Published by the late desk."), Recognition.EMPTY);
    List<String> stories = index.search().matching("inflation").fetch(400).hits().stream().map(Hit::storyId).distinct().toList();
    assertEquals(List.of("https://site0.example/fed"), stories);
  }

  @Test
  void similarToFindsArticlesLikeAGivenOneButNotItself() {
    index.add(article("https://a.example/eu-1", "EU migration pact", "European Union ministers approved the migration pact on asylum procedures and border screening."), Recognition.EMPTY);
    index.add(article("https://a.example/eu-2", "Migration pact vote", "The migration pact on asylum procedures passed a vote of European Union ministers."), Recognition.EMPTY);
    List<Hit> similar = index.search().similarTo(URI.create("https://a.example/eu-1")).fetch(5).hits();
    assertEquals(URI.create("https://a.example/eu-2"), similar.get(0).url());
    assertTrue(similar.stream().noneMatch(h -> h.url().toString().equals("https://a.example/eu-1")));
    assertEquals(0, index.search().similarTo(URI.create("https://a.example/unknown")).fetchTotalHitCount());
  }

  @Test
  void recencyDecayRanksNewerArticlesFirstAmongEqualMatches() {
    index.add(article("https://d.example/old", "Drought report", "The drought report on reservoirs was published."), Recognition.EMPTY);
    index.add(Article.builder(URI.create("https://d.example/new")).title("Drought report").language("en")
        .text("The drought report on reservoirs was published.").published(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).build(),
        Recognition.EMPTY);
    index.add(Article.builder(URI.create("https://d.example/older")).title("Drought report").language("en")
        .text("The drought report on reservoirs was published.").published(OffsetDateTime.now(ZoneOffset.UTC).minusDays(60)).build(),
        Recognition.EMPTY);
    List<String> order = index.search().matching("drought reservoirs").favouringRecent(java.time.Duration.ofDays(7)).fetch(3)
        .hits().stream().map(h -> h.url().getPath()).toList();
    assertEquals(List.of("/new", "/older", "/old"), order);
  }

  @Test
  void explanationsOnRequest() {
    Hit hit = index.search().matching("ceasefire").explained().fetchFirst().orElseThrow();
    assertTrue(hit.explanation().orElseThrow().contains("weight"), hit.explanation().get());
    assertTrue(index.search().matching("ceasefire").fetchFirst().orElseThrow().explanation().isEmpty());
  }

  @Test
  void anUnknownFieldIsASyntaxErrorAtItsPosition() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search().parsing("talks AND author:lima"));
    assertEquals(10, e.position());
    assertTrue(e.getMessage().contains("unknown field 'author'"), e.getMessage());
  }

  @Test
  void badArgumentsFailAtOnceNamingThem() {
    assertThrows(IllegalArgumentException.class, () -> index.search().fetch(-1));
    assertThrows(IllegalArgumentException.class, () -> index.search().fetchTopEntities(0));
    assertThrows(IllegalArgumentException.class, () -> index.search().mentioning(" "));
    assertThrows(IllegalArgumentException.class, () -> index.search().countingExactlyUpTo(0));
    assertThrows(IllegalArgumentException.class, () -> Facet.sites().top(0));
    assertThrows(IllegalArgumentException.class,
        () -> index.search().fetchTrendingEntities(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), 3));
  }

  @Test
  void manyThreadsIngestAndSearchAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> work = new ArrayList<>();
    int perWriter = 50;
    for (int w = 0; w < 4; w++) {
      int writer = w;
      work.add(pool.submit(() -> {
        for (int i = 0; i < perWriter; i++) {
          index.add(article("https://concurrent.example/" + writer + "/" + i, "Concurrent " + i, "Concurrent story " + i + " about Hamas."),
              recognition(HAMAS));
        }
      }));
    }
    for (int r = 0; r < 4; r++) {
      work.add(pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          assertTrue(index.search().matching("story").mentioning("hamas").fetch(5).total() >= 0);
        }
      }));
    }
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(ARTICLES + 4 * perWriter, index.size());
    assertEquals(4 * perWriter, index.search().matching("concurrent").fetchTotalHitCount());
  }

  private static Article article(String url, String title, String text) {
    return Article.builder(URI.create(url)).title(title).text(text).language("en").build();
  }

  private static Recognition recognition(Entity... entities) {
    return new Recognition(List.of(), List.of(entities));
  }
}
