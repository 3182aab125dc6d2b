package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static final Path SOURCE_FOLDER = Path.of("src/main/resources/dev/newsdesk/corpus/fixtures");

  @Test
  void indexListsEveryFixtureInTheFolder() throws IOException {
    Set<String> inFolder;
    try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
      inFolder = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length()))
          .collect(Collectors.toSet());
    }
    assertEquals(inFolder, Corpus.fixtures().stream().map(Fixture::name).collect(Collectors.toSet()));
  }

  @Test
  void everyGoldMentionSpansItsTextInOrderWithoutOverlap() {
    for (Fixture f : Corpus.fixtures()) {
      String text = f.expected().text();
      int previousEnd = 0;
      for (Mention m : f.mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()), f.name() + " " + m);
        assertTrue(m.start() >= previousEnd, f.name() + ": overlapping or unsorted at " + m);
        assertTrue(m.entityId().matches("[a-z0-9]+(-[a-z0-9]+)*"), f.name() + ": id " + m.entityId());
        previousEnd = m.end();
      }
    }
  }

  @Test
  void expectedBodiesFollowTheParagraphConvention() {
    for (Fixture f : Corpus.fixtures()) {
      String text = f.expected().text();
      assertEquals(text.strip(), text, f.name());
      for (String paragraph : text.split("\n\n", -1)) {
        if (!text.isEmpty()) {
          assertFalse(paragraph.isBlank(), f.name() + ": empty paragraph");
          assertFalse(paragraph.contains("\n") || paragraph.contains("  "), f.name() + ": whitespace in " + paragraph);
        }
      }
    }
  }

  @Test
  void theSeedArticleIsAFixtureWithItsKeyEntities() {
    Fixture seed = Corpus.fixture("us-iraq-withdrawal-talks");
    assertEquals(List.of("Matthew Dellinger"), seed.expected().byline());
    Set<String> ids = seed.mentions().stream().map(Mention::entityId).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("lloyd-austin", "islamic-state", "shiite-militias", "iraq", "iran", "afghanistan", "united-states")), ids.toString());
    assertTrue(seed.mentions().stream().anyMatch(m -> m.text().equals("Austin") && m.type() == EntityType.PERSON
        && m.entityId().equals("lloyd-austin")));
  }

  @Test
  void pagesLoadInTheirOwnCharset() {
    for (Fixture f : Corpus.withTrait("non-utf8")) {
      assertFalse(f.charset().name().equals("UTF-8"), f.name());
      assertTrue(f.html().length > 1000, f.name());
    }
    assertFalse(Corpus.withTrait("non-utf8").isEmpty());
  }

  @Test
  void unknownFixtureNamesTheOnesThereAre() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> Corpus.fixture("no-such-page"));
    assertTrue(e.getMessage().contains("us-iraq-withdrawal-talks"), e.getMessage());
  }
}
