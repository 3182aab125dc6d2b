package dev.newsdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsIndexTest {
  private NewsIndex index;

  static Article article(String path, String title, String text, String published) {
    return Article.builder(URI.create("https://news.example.org/" + path))
        .title(title)
        .text(text)
        .site("Example News")
        .language("en")
        .published(published == null ? null : OffsetDateTime.parse(published))
        .build();
  }

  static Recognition mentioning(String text, Entity... entities) {
    List<Mention> mentions = new java.util.ArrayList<>();
    for (Entity e : entities) {
      String surface = e.aliases().isEmpty() ? e.name() : e.aliases().get(0);
      int at = text.indexOf(surface);
      if (at >= 0) {
        mentions.add(new Mention(at, at + surface.length(), surface, e.type(), e.id()));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return new Recognition(mentions, List.of(entities));
  }

  static final Entity AUSTIN = new Entity("lloyd-austin", "Lloyd Austin", EntityType.PERSON, List.of("Austin"), 2, 1.0);
  static final Entity IRAQ = new Entity("iraq", "Iraq", EntityType.LOCATION, List.of(), 3, 0.8);
  static final Entity MILITIAS = new Entity("shiite-militias", "Shiite militias", EntityType.GROUP, List.of(), 1, 0.4);
  static final Entity PENTAGON = new Entity("united-states-department-of-defense", "United States Department of Defense",
      EntityType.ORGANIZATION, List.of("Pentagon"), 1, 0.3);

  static final String TALKS = "Lloyd Austin said the withdrawal from Iraq would be orderly. Shiite militias attacked bases. The Pentagon agreed.";
  static final String FLOODS = "Floods in Iraq displaced thousands of families along the river this spring.";
  static final String MARKETS = "Markets rallied after the central bank held rates, traders said on Wednesday.";

  @BeforeEach
  void fill() {
    index = NewsIndex.inMemory();
    index.add(article("2024/01/25/talks", "Talks on withdrawal of troops", TALKS, "2024-01-25T14:30:00-05:00"),
        mentioning(TALKS, AUSTIN, IRAQ, MILITIAS, PENTAGON));
    index.add(article("2024/03/02/floods", "Floods in the south", FLOODS, "2024-03-02T08:00:00Z"), mentioning(FLOODS, IRAQ));
    index.add(article("markets", "Markets rally", MARKETS, null), Recognition.EMPTY);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> titles(NewsSearch search) {
    return search.fetch(10).hits().stream().map(Hit::title).toList();
  }

  @Nested
  class Matching {
    @Test
    void requiresEveryWordAndStems() {
      assertEquals(List.of("Talks on withdrawal of troops"), titles(index.search().matching("withdrawing orderly")));
      assertEquals(List.of(), titles(index.search().matching("withdrawal floods")));
    }

    @Test
    void aWordFindsItsStemAndItsOtherFormsAlike() {
      for (String word : List.of("bank", "banks", "trader", "Trader's", "traders'")) {
        assertEquals(List.of("Markets rally"), titles(index.search().matching(word)), word);
      }
      assertEquals(List.of("Markets rally"), titles(index.search().parsing("text:(banking AND \"trader said\")")));
    }

    @Test
    void snippetsHighlightStemmedWordsAndQuotedPhrasesAsWritten() {
      Hit stemmed = index.search().matching("withdrawals orderly").highlighted().fetchFirst().orElseThrow();
      assertTrue(stemmed.snippet().contains("<b>withdrawal</b>") && stemmed.snippet().contains("<b>orderly</b>"), stemmed.snippet());
      Hit phrase = index.search().matching("\"withdrawal from Iraq\"").highlighted().fetchFirst().orElseThrow();
      assertTrue(phrase.snippet().contains("<b>withdrawal from Iraq</b>"), phrase.snippet());
    }

    @Test
    void wildcardsMatchTheWordsAsWritten() {
      assertEquals(List.of("Talks on withdrawal of troops"), titles(index.search().parsing("withdrawa*")));
      assertEquals(List.of("Markets rally"), titles(index.search().parsing("rallie?")));
    }

    @Test
    void neverFailsOnStraySyntax() {
      assertEquals(1, index.search().matching("withdrawal AND (").fetch(10).total());
      assertEquals(1, index.search().matching("withdrawal and the iraq").fetch(10).total());
      assertEquals(1, index.search().parsing("withdrawal and the iraq").fetch(10).total());
      assertEquals(1, index.search().matching("\"withdrawal from Iraq").fetch(10).total());
    }

    @Test
    void quotedPhrasesMatchTheUnstemmedWords() {
      assertEquals(1, index.search().matching("\"withdrawal from Iraq\"").fetchTotalHitCount());
      assertEquals(0, index.search().matching("\"withdrawals from Iraq\"").fetchTotalHitCount());
      assertEquals(1, index.search().matching("withdrawals Iraq").fetchTotalHitCount());
    }

    @Test
    void emptySearchMatchesEveryArticle() {
      assertEquals(3, index.search().fetch(10).total());
    }

    @Test
    void hitsCarryUrlDateScoreSnippetAndEntities() {
      Hit hit = index.search().matching("withdrawal").highlighted().fetchFirst().orElseThrow();
      assertEquals(URI.create("https://news.example.org/2024/01/25/talks"), hit.url());
      assertEquals(OffsetDateTime.parse("2024-01-25T14:30:00-05:00"), hit.published().orElseThrow());
      assertTrue(hit.score() > 0);
      assertTrue(hit.snippet().contains("<b>withdrawal</b>"), hit.snippet());
      assertEquals("lloyd-austin", hit.entities().get(0).id());
    }
  }

  @Nested
  class Parsing {
    @Test
    void searchesDocumentedFields() {
      assertEquals(List.of("Floods in the south"), titles(index.search().parsing("title:floods")));
      assertEquals(List.of("Talks on withdrawal of troops"), titles(index.search().parsing("entity:\"Lloyd Austin\" AND type:group")));
      assertEquals(2, index.search().parsing("entity:iraq").fetchTotalHitCount());
    }

    @Test
    void searchesQuotedPhrasesInTitleAndText() {
      assertEquals(List.of("Floods in the south"), titles(index.search().parsing("title:\"floods in the south\"")));
      assertEquals(List.of("Floods in the south"), titles(index.search().parsing("title:\"floods south\"~3")));
      assertEquals(List.of(), titles(index.search().parsing("title:\"south floods\"")));
    }

    @Test
    void urlsMatchExactlyWithTheirCapitals() {
      index.add(article("News/Story-ABC", "Capitals", MARKETS, null), Recognition.EMPTY);
      assertEquals(1, index.search().parsing("url:\"https://news.example.org/News/Story-ABC\"").fetchTotalHitCount());
    }

    @Test
    void aBlankQueryAddsNoCondition() {
      assertEquals(3, index.search().parsing("  ").fetchTotalHitCount());
    }

    @Test
    void reportsTheSyntaxErrorPositionAtOnce() {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search().parsing("title:(withdrawal AND"));
      assertEquals("title:(withdrawal AND", e.query());
      assertEquals(21, e.position());
      assertTrue(e.getMessage().contains("position 21"), e.getMessage());
      QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> index.search().parsing("\"unclosed phrase"));
      assertTrue(quote.position() >= 0 && quote.position() <= "\"unclosed phrase".length());
    }
  }

  @Nested
  class Filters {
    @Test
    void byEntityNameAliasOrIdIgnoringCase() {
      for (String entity : List.of("Lloyd Austin", "lloyd-austin", "LLOYD AUSTIN", "Austin")) {
        assertEquals(List.of("Talks on withdrawal of troops"), titles(index.search().mentioning(entity)), entity);
      }
      assertEquals(1, index.search().mentioning("Pentagon").fetchTotalHitCount());
    }

    @Test
    void allOfAndAnyOfEntities() {
      assertEquals(1, index.search().mentioning("iraq").mentioning("lloyd-austin").fetchTotalHitCount());
      assertEquals(2, index.search().mentioningAny("lloyd-austin", "iraq").fetchTotalHitCount());
    }

    @Test
    void byEntityType() {
      assertEquals(List.of("Talks on withdrawal of troops"), titles(index.search().mentioningAny(EntityType.GROUP)));
      assertEquals(2, index.search().mentioningAny(EntityType.LOCATION, EntityType.GROUP).fetchTotalHitCount());
    }

    @Test
    void byPublicationDayInTheArticlesOwnZone() {
      assertEquals(List.of("Talks on withdrawal of troops"),
          titles(index.search().publishedBetween(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 1, 25))));
      assertEquals(List.of("Floods in the south"), titles(index.search().publishedSince(LocalDate.of(2024, 2, 1))));
      assertThrows(IllegalArgumentException.class,
          () -> index.search().publishedBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void bySiteNameOrHost() {
      assertEquals(3, index.search().fromSite("Example News").fetchTotalHitCount());
      assertEquals(3, index.search().fromSite("www.news.example.org").fetchTotalHitCount());
      assertEquals(0, index.search().fromSite("other.example").fetchTotalHitCount());
    }
  }

  @Nested
  class Sorting {
    @Test
    void newestAndOldestPutUndatedArticlesLast() {
      assertEquals(List.of("Floods in the south", "Talks on withdrawal of troops", "Markets rally"),
          titles(index.search().sortedBy(SortOrder.NEWEST)));
      assertEquals(List.of("Talks on withdrawal of troops", "Floods in the south", "Markets rally"),
          titles(index.search().sortedBy(SortOrder.OLDEST)));
    }
  }

  @Nested
  class Identity {
    @Test
    void reingestingTheSameCanonicalUrlReplacesTheArticle() {
      index.add(article("markets", "Markets rally again", MARKETS, null), Recognition.EMPTY);
      assertEquals(3, index.size());
      assertEquals(List.of("Markets rally again"), titles(index.search().matching("markets")));
    }

    @Test
    void deleteRemovesByCanonicalUrl() {
      assertTrue(index.delete(URI.create("https://news.example.org/markets")));
      assertFalse(index.delete(URI.create("https://news.example.org/markets")));
      assertEquals(2, index.size());
    }

    @Test
    void containsAnswersByCanonicalUrlAndSeesDeletes() {
      URI markets = URI.create("https://news.example.org/markets");
      assertTrue(index.contains(markets));
      assertFalse(index.contains(URI.create("https://news.example.org/markets?page=2")));
      index.delete(markets);
      assertFalse(index.contains(markets));
    }
  }

  @Test
  void facetsCountSitesTypesAndEntitiesOverAllMatches() {
    SearchResults all = index.search().facetedBy(Facet.entities(), Facet.sites(), Facet.types(), Facet.entities(EntityType.PERSON)).fetch(1);
    assertEquals(2L, all.facets().get("entities").get("iraq"));
    assertEquals(3L, all.facets().get("sites").get("example news"));
    assertEquals(1L, all.facets().get("types").get("GROUP"));
    assertEquals(java.util.Map.of("lloyd-austin", 1L), all.facets().get("entities.PERSON"));
    assertTrue(index.search().fetch(1).facets().isEmpty());
  }

  @Test
  void withARefreshIntervalNewArticlesAppearAfterABackgroundRefresh() throws InterruptedException {
    try (NewsIndex nrt = NewsIndex.inMemory(IndexSettings.DEFAULT.withRefreshInterval(java.time.Duration.ofMillis(20)))) {
      nrt.add(article("late", "Late news", MARKETS, null), Recognition.EMPTY);
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
      while (nrt.size() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(1, nrt.size());
    }
    assertThrows(IllegalArgumentException.class, () -> IndexSettings.DEFAULT.withCommitInterval(java.time.Duration.ZERO));
  }

  @Test
  void articlesWithAndWithoutLanguageOrBylineLiveTogether() {
    index.add(Article.builder(URI.create("https://news.example.org/no-language")).title("Untitled").text(MARKETS).build(),
        Recognition.EMPTY);
    index.add(Article.builder(URI.create("https://news.example.org/bylined")).title("By two").text(FLOODS)
        .byline(List.of("Ana Lima", "Tom Berg")).language("en").build(), Recognition.EMPTY);
    assertEquals(5, index.size());
    assertEquals(1, index.search().byAuthor("Tom Berg").fetchTotalHitCount());
  }

  @Test
  void rejectsABadLimit() {
    assertThrows(IllegalArgumentException.class, () -> index.search().fetch(0));
  }

  @Nested
  class OnDisk {
    @TempDir Path folder;

    @Test
    void keepsWhatWasCommittedAcrossReopening() {
      try (NewsIndex disk = NewsIndex.open(folder)) {
        disk.add(article("a", "Floods", FLOODS, null), mentioning(FLOODS, IRAQ));
      }
      try (NewsIndex again = NewsIndex.openReadOnly(folder)) {
        assertEquals(1, again.search().mentioning("iraq").fetchTotalHitCount());
      }
    }

    /**
     * Closing while a background refresh or commit runs must let it finish: interrupted, Lucene's
     * file channels close under it and the writer can neither commit nor close, losing what it held.
     */
    @Test
    void closingDuringBackgroundRefreshesAndCommitsKeepsEveryArticle() {
      IndexSettings busy = IndexSettings.DEFAULT.withRefreshInterval(java.time.Duration.ofMillis(1))
          .withCommitInterval(java.time.Duration.ofMillis(1));
      int added = 0;
      for (int round = 0; round < 40; round++) {
        try (NewsIndex disk = NewsIndex.open(folder, busy)) {
          for (int i = 0; i < 25; i++) {
            disk.add(article(round + "-" + i, "Floods", FLOODS + " Report " + round + "-" + i + ".", null), Recognition.EMPTY);
            added++;
          }
        }
      }
      try (NewsIndex again = NewsIndex.openReadOnly(folder)) {
        assertEquals(added, again.size());
      }
    }

    /**
     * Added articles stay in the writer's buffer until it is full, a refresh or a commit: with the
     * default buffer, 200 articles write no segment; with a buffer of 1 MB they do.
     */
    @Test
    void theIndexingBufferDecidesWhenAddedArticlesAreWrittenOut() throws IOException {
      String longText = (FLOODS + " " + MARKETS + " ").repeat(40);
      IndexSettings noRefresh = IndexSettings.DEFAULT.withRefreshInterval(java.time.Duration.ofHours(1));
      for (IndexSettings settings : List.of(noRefresh, noRefresh.withBufferMegabytes(1))) {
        Path into = Files.createTempDirectory(folder, "buffer");
        try (NewsIndex disk = NewsIndex.open(into, settings)) {
          for (int i = 0; i < 200; i++) {
            disk.add(article("buffered-" + i, "Floods", longText + " Report " + i + ".", null), Recognition.EMPTY);
          }
          long segments = segments(into);
          assertTrue(settings.bufferMegabytes() == 1 ? segments > 0 : segments == 0, settings + ": " + segments + " segments");
        }
        try (NewsIndex reopened = NewsIndex.openReadOnly(into)) {
          assertEquals(200, reopened.size());
        }
      }
      assertThrows(IllegalArgumentException.class, () -> IndexSettings.DEFAULT.withBufferMegabytes(0));
      assertThrows(IllegalArgumentException.class, () -> IndexSettings.DEFAULT.withBufferMegabytes(4096));
    }

    /**
     * An index only written to still refreshes in the background with read-your-writes searches:
     * until it does, the duplicate check holds every added article's signature in memory.
     */
    @Test
    void anIndexOnlyWrittenToWritesOutWhatItWasGivenWithoutASearch() throws IOException, InterruptedException {
      try (NewsIndex disk = NewsIndex.open(folder)) {
        disk.add(article("a", "Floods", FLOODS, null), Recognition.EMPTY);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (segments(folder) == 0 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertEquals(1, segments(folder));
      }
    }

    private static long segments(Path folder) throws IOException {
      try (var files = Files.list(folder)) {
        return files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
      }
    }

    /**
     * Without a refresh, copies are found among the recent signatures alone, which keep of a band
     * only as many articles as the check reads: the 300th copy still joins the first one's story.
     */
    @Test
    void copiesAddedWithoutARefreshAllJoinTheFirstCopysStory() {
      String wire = "The central bank kept its benchmark rate unchanged on Wednesday, saying inflation had eased"
          + " faster than expected over the summer but that wage growth remained too strong for a cut. Officials"
          + " signalled that borrowing costs would stay high into next year, and markets trimmed their bets on"
          + " an early reduction. Two members of the committee voted for a quarter-point cut, citing weaker"
          + " hiring in manufacturing and a slowdown in consumer spending across the country.";
      IndexSettings noRefresh = IndexSettings.DEFAULT.withRefreshInterval(java.time.Duration.ofHours(1));
      try (NewsIndex disk = NewsIndex.open(folder, noRefresh)) {
        for (int i = 0; i < 300; i++) {
          disk.add(article("copy-" + i, "Rates held", wire + " Published by desk " + i + ".", null), Recognition.EMPTY);
        }
      }
      try (NewsIndex reopened = NewsIndex.openReadOnly(folder)) {
        List<String> stories = reopened.search().fetch(400).hits().stream().map(Hit::storyId).distinct().toList();
        assertEquals(List.of("https://news.example.org/copy-0"), stories);
      }
    }

    @Test
    void aSecondWriterIsRefusedAndTheIndexIsUntouched() {
      try (NewsIndex first = NewsIndex.open(folder)) {
        first.add(article("a", "Floods", FLOODS, null), Recognition.EMPTY);
        first.commit();
        IndexLockedException e = assertThrows(IndexLockedException.class, () -> NewsIndex.open(folder));
        assertEquals(folder, e.folder().orElseThrow());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertEquals(1, first.size());
        first.add(article("b", "Markets", MARKETS, null), Recognition.EMPTY);
      }
      try (NewsIndex reopened = NewsIndex.open(folder)) {
        assertEquals(2, reopened.size());
      }
    }

    @Test
    void readOnlySeesCommitsOfAWriterAndTakesNoLock() {
      try (NewsIndex writer = NewsIndex.open(folder); NewsIndex reader = NewsIndex.openReadOnly(folder)) {
        writer.add(article("a", "Floods", FLOODS, null), Recognition.EMPTY);
        writer.commit();
        assertEquals(1, reader.size());
        assertThrows(IllegalStateException.class, () -> reader.add(article("b", "x", MARKETS, null), Recognition.EMPTY));
      }
    }

    @Test
    void searchingAFolderWithoutAnIndexFailsWithATypedError() throws IOException {
      Path empty = Files.createDirectories(folder.resolve("empty"));
      IndexNotFoundException e = assertThrows(IndexNotFoundException.class, () -> NewsIndex.openReadOnly(empty));
      assertTrue(e.getMessage().contains(empty.toString()));
      assertThrows(IndexNotFoundException.class, () -> NewsIndex.openReadOnly(folder.resolve("missing")));
    }

    @Test
    void refusesAnIndexOfAnotherSchemaVersion() throws IOException {
      try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(folder);
          org.apache.lucene.index.IndexWriter foreign = new org.apache.lucene.index.IndexWriter(dir,
              new org.apache.lucene.index.IndexWriterConfig())) {
        foreign.setLiveCommitData(java.util.Map.of("newsdesk.schema", "999").entrySet());
        foreign.commit();
      }
      IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> NewsIndex.open(folder));
      assertTrue(e.getMessage().contains("999"), e.getMessage());
    }
  }
}
