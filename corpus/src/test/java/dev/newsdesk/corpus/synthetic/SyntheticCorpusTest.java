package dev.newsdesk.corpus.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
  private static final long SEED = 20240125L;
  private static final int SAMPLE = 1200;
  private static List<SyntheticPage> sample;

  @BeforeAll
  static void generate() {
    System.out.println("SyntheticCorpusTest seed: " + SEED);
    try (Stream<SyntheticPage> pages = SyntheticCorpus.seeded(SEED).pages(SAMPLE)) {
      sample = pages.toList();
    }
  }

  static String sha256(Stream<SyntheticPage> pages) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    pages.forEachOrdered(p -> {
      digest.update(p.url().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(p.html());
      digest.update(p.expected().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(p.mentions().toString().getBytes(StandardCharsets.UTF_8));
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  @Nested
  class Determinism {
    @Test
    void theSameSeedGivesByteIdenticalOutput() throws Exception {
      String first = sha256(SyntheticCorpus.seeded(7).pages(400));
      String second = sha256(SyntheticCorpus.seeded(7).pages(400));
      assertEquals(first, second);
      assertNotEquals(first, sha256(SyntheticCorpus.seeded(8).pages(400)));
    }

    @Test
    void aPageIsTheSameMadeAloneInAnyOrderOrInParallel() throws Exception {
      SyntheticCorpus corpus = SyntheticCorpus.seeded(SEED);
      for (int i : new int[] {SAMPLE - 1, 0, 733, 12}) {
        assertEquals(sample.get(i), corpus.page(i));
      }
      assertEquals(sha256(sample.stream().limit(300)), sha256(corpus.pages(300).parallel()));
      assertArrayEquals(sample.get(100).html(), corpus.pages(100, 101).findFirst().orElseThrow().html());
    }

    @Test
    void rejectsNegativeIndices() {
      assertThrows(IllegalArgumentException.class, () -> SyntheticCorpus.seeded(1).page(-1));
      assertThrows(IllegalArgumentException.class, () -> SyntheticCorpus.seeded(1).pages(5, 4));
    }
  }

  @Nested
  class Gold {
    @Test
    void everyMentionSpansItsTextInOrderWithoutOverlap() {
      for (SyntheticPage p : sample) {
        String text = p.expected().text();
        int previousEnd = 0;
        for (Mention m : p.mentions()) {
          assertEquals(m.text(), text.substring(m.start(), m.end()), p.name() + " " + m);
          assertTrue(m.start() >= previousEnd, p.name() + ": overlapping or unsorted at " + m);
          assertTrue(m.entityId().matches("[a-z0-9]+(-[a-z0-9]+)*"), p.name() + ": id " + m.entityId());
          previousEnd = m.end();
        }
        assertFalse(p.mentions().isEmpty(), p.name());
      }
    }

    @Test
    void bodiesFollowTheParagraphConvention() {
      for (SyntheticPage p : sample) {
        String text = p.expected().text();
        assertEquals(text.strip(), text, p.name());
        for (String paragraph : text.split("\n\n", -1)) {
          assertFalse(paragraph.isBlank(), p.name() + ": empty paragraph");
          assertFalse(paragraph.contains("\n") || paragraph.contains("  "), p.name() + ": whitespace in " + paragraph);
        }
      }
    }

    @Test
    void knownEntitiesUseKnowledgeBaseIdsAndTypes() {
      KnowledgeBase kb = KnowledgeBase.standard();
      for (SyntheticPage p : sample.subList(0, 300)) {
        for (Mention m : p.mentions()) {
          if (m.type() != EntityType.GROUP) {
            kb.get(m.entityId()).ifPresent(entry -> assertEquals(entry.type(), m.type(), p.name() + " " + m));
          }
        }
      }
    }

    @Test
    void personTitlesStayOutOfTheSpans() {
      for (SyntheticPage p : sample.subList(0, 300)) {
        for (Mention m : p.mentions()) {
          if (m.type() == EntityType.PERSON) {
            assertFalse(m.text().startsWith("President ") || m.text().startsWith("Prime Minister "), m.toString());
          }
        }
      }
    }

    @Test
    void publishedIsAnOffsetDateTimeOrADateForLayoutsWithoutTime() {
      for (SyntheticPage p : sample) {
        String published = p.expected().published().orElseThrow();
        if (p.layout().equals("table-layout")) {
          LocalDate.parse(published);
        } else {
          OffsetDateTime.parse(published);
        }
      }
    }
  }

  @Nested
  class Realism {
    @Test
    void spreadsOverDozensOfSitesEveryTemplateAndSeveralYears() {
      Set<String> sites = sample.stream().map(SyntheticPage::site).collect(Collectors.toSet());
      assertTrue(sites.size() >= 30, "sites: " + sites.size());
      assertEquals(SyntheticCorpus.SITE_COUNT, SyntheticCorpus.sites().size());
      assertEquals(Set.of("wordpress", "newspaper-cms", "broadcaster", "wire", "amp", "table-layout", "blog"),
          sample.stream().map(SyntheticPage::layout).collect(Collectors.toSet()));
      Set<Integer> years = sample.stream().map(p -> Integer.parseInt(p.expected().published().orElseThrow().substring(0, 4)))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of(2019, 2020, 2021, 2022, 2023, 2024, 2025), years);
      assertEquals(SAMPLE, sample.stream().map(SyntheticPage::url).distinct().count(), "URLs must be unique");
    }

    @Test
    void lengthsAreSpreadLikeNews() {
      int[] words = sample.stream().mapToInt(p -> p.expected().text().split("\\s+").length).sorted().toArray();
      int median = words[words.length / 2];
      assertTrue(median > 400 && median < 800, "median " + median);
      assertTrue(words[0] < 250, "shortest " + words[0]);
      assertTrue(words[words.length - 1] > 1500, "longest " + words[words.length - 1]);
    }

    @Test
    void entityFrequenciesFallOffLikeZipf() {
      Map<String, Integer> documents = new HashMap<>();
      for (SyntheticPage p : sample) {
        p.mentions().stream().map(Mention::entityId).distinct().forEach(id -> documents.merge(id, 1, Integer::sum));
      }
      List<Integer> counts = documents.values().stream().sorted(Comparator.reverseOrder()).toList();
      assertTrue(counts.size() > 500, "distinct entities: " + counts.size());
      // log-log slope of rank against document frequency between ranks 10 and 200
      double slope = (Math.log(counts.get(199)) - Math.log(counts.get(9))) / (Math.log(200) - Math.log(10));
      assertTrue(slope < -0.5 && slope > -2.0, "slope " + slope);
      assertTrue(counts.get(0) > 20 * counts.get(199), "head " + counts.get(0) + ", rank 200 " + counts.get(199));
    }

    @Test
    void peopleCoOccurWithTheirCountries() {
      KnowledgeBase kb = KnowledgeBase.standard();
      int people = 0;
      int withCountry = 0;
      for (SyntheticPage p : sample) {
        Set<String> ids = p.mentions().stream().map(Mention::entityId).collect(Collectors.toSet());
        for (String id : ids) {
          var entry = kb.get(id).orElse(null);
          if (entry != null && entry.type() == EntityType.PERSON && !entry.country().isEmpty()) {
            people++;
            if (ids.contains(entry.country())) {
              withCountry++;
            }
          }
        }
      }
      assertTrue(people > 500, "people: " + people);
      assertTrue(withCountry > 0.65 * people, withCountry + " of " + people);
    }

    @Test
    void plantsNearDuplicatesOfEarlierPagesOnOtherSites() {
      List<SyntheticPage> duplicates = sample.stream().filter(SyntheticPage::isDuplicate).toList();
      double share = duplicates.size() / (double) SAMPLE;
      assertTrue(share > 0.015 && share < 0.05, "duplicate share " + share);
      for (SyntheticPage dup : duplicates) {
        SyntheticPage original = sample.get((int) dup.duplicateOf().getAsLong());
        assertTrue(original.index() < dup.index());
        assertFalse(original.isDuplicate());
        assertNotEquals(original.site(), dup.site());
        assertNotEquals(original.expected().text(), dup.expected().text());
        assertTrue(shingleOverlap(original.expected().text(), dup.expected().text()) > 0.6, dup.name());
      }
    }

    @Test
    void oldTableLayoutsAreInWindows1252WithReferencesForTheRest() {
      SyntheticPage page = sample.stream().filter(p -> p.layout().equals("table-layout")).findFirst().orElseThrow();
      assertEquals("windows-1252", page.charset().name());
      String html = new String(page.html(), page.charset());
      assertTrue(html.contains("charset=windows-1252"));
      assertArrayEquals(page.html(), html.getBytes(page.charset()), "every character fits windows-1252");
    }

    @Test
    void theStandardExtractorRecoversMostOfTheGoldBody() {
      double recall = 0;
      int pages = 0;
      for (SyntheticPage p : sample.subList(0, 60)) {
        Article article = ArticleExtractor.standard().extract(p.page());
        recall += recall(p.expected().text(), article.text());
        pages++;
      }
      assertTrue(recall / pages > 0.8, "mean recall " + recall / pages);
    }
  }

  @Test
  void streamingKeepsNoPages() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long bytes;
    try (Stream<SyntheticPage> pages = SyntheticCorpus.seeded(SEED + 1).pages(2000)) {
      bytes = pages.mapToLong(p -> p.html().length).sum();
    }
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    assertTrue(bytes > 20_000_000L, "generated " + bytes);
    assertTrue(after - before < bytes / 3, "heap grew by " + (after - before) + " while generating " + bytes + " bytes; "
        + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage());
  }

  private static double shingleOverlap(String a, String b) {
    Set<String> x = shingles(a);
    Set<String> y = shingles(b);
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return common.size() / (double) Math.min(x.size(), y.size());
  }

  private static Set<String> shingles(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).split("\\W+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= w.length; i++) {
      out.add(String.join(" ", Arrays.copyOfRange(w, i, i + 4)));
    }
    return out;
  }

  private static double recall(String gold, String found) {
    Map<String, Integer> bag = new HashMap<>();
    for (String w : found.toLowerCase(Locale.ROOT).split("\\W+")) {
      bag.merge(w, 1, Integer::sum);
    }
    int hit = 0;
    int total = 0;
    for (String w : gold.toLowerCase(Locale.ROOT).split("\\W+")) {
      total++;
      Integer left = bag.get(w);
      if (left != null && left > 0) {
        bag.put(w, left - 1);
        hit++;
      }
    }
    return total == 0 ? 1 : hit / (double) total;
  }
}
