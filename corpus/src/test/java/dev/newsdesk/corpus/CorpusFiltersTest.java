package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusFiltersTest {
  @Test
  void filtersByLanguageCharsetAndLayout() {
    List<Fixture> french = Corpus.inLanguage("fr");
    assertTrue(french.contains(Corpus.fixture("election-monde-parlement")));
    assertTrue(french.stream().allMatch(f -> f.language().equals("fr")));
    List<Fixture> windows = Corpus.inCharset(Charset.forName("windows-1252"));
    assertFalse(windows.isEmpty());
    assertTrue(windows.stream().allMatch(f -> f.charset().name().equals("windows-1252")));
    List<Fixture> wire = Corpus.withLayout("wire");
    assertTrue(wire.contains(Corpus.fixture("fed-holds-rates")));
    assertTrue(wire.stream().allMatch(f -> f.layout().equals("wire")));
  }

  @Test
  void splitsPagesWithAndWithoutAnArticle() {
    List<Fixture> with = Corpus.withArticle();
    List<Fixture> without = Corpus.withoutArticle();
    assertTrue(without.contains(Corpus.fixture("section-front-no-article")));
    assertTrue(without.stream().allMatch(f -> f.expected().text().isEmpty()));
    Set<Fixture> all = new HashSet<>(with);
    all.addAll(without);
    assertEquals(Corpus.fixtures().size(), with.size() + without.size());
    assertEquals(Set.copyOf(Corpus.fixtures()), all);
    assertTrue(without.containsAll(Corpus.withTrait("no-article")));
  }
}
