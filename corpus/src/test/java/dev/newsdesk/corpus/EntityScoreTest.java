package dev.newsdesk.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScoreTest {
  private static final Mention AUSTIN = new Mention(0, 12, "Lloyd Austin", EntityType.PERSON, "lloyd-austin");
  private static final Mention IRAQ = new Mention(20, 24, "Iraq", EntityType.LOCATION, "iraq");

  @Test
  void countsExactSpanAndTypeAndSeparatelyTheLink() {
    List<Mention> found = List.of(
        new Mention(0, 12, "Lloyd Austin", EntityType.PERSON, "austin-texas"),
        new Mention(20, 24, "Iraq", EntityType.ORGANIZATION, "iraq"),
        new Mention(30, 34, "Iran", EntityType.LOCATION, "iran"));
    EntityScore s = EntityScore.of(List.of(AUSTIN, IRAQ), found);
    assertEquals(1, s.truePositives());
    assertEquals(2, s.falsePositives());
    assertEquals(1, s.falseNegatives());
    assertEquals(0, s.linked());
    assertEquals(1.0 / 3, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(1, s.byType().get(EntityType.LOCATION).falseNegatives());
  }

  @Test
  void sumsScoresPerType() {
    EntityScore perfect = EntityScore.of(List.of(AUSTIN, IRAQ), List.of(AUSTIN, IRAQ));
    EntityScore total = perfect.plus(perfect);
    assertEquals(4, total.truePositives());
    assertEquals(1.0, total.linkedAccuracy());
    assertEquals(2, total.byType().get(EntityType.PERSON).truePositives());
  }

  @Test
  void mismatchesListWhatCostTheScoreInTextOrder() {
    Mention mislinked = new Mention(0, 12, "Lloyd Austin", EntityType.PERSON, "austin-texas");
    Mention iraqAsOrganization = new Mention(20, 24, "Iraq", EntityType.ORGANIZATION, "iraq");
    List<EntityScore.Mismatch> mismatches = EntityScore.mismatches(List.of(AUSTIN, IRAQ), List.of(iraqAsOrganization, mislinked));
    assertEquals(List.of(
            new EntityScore.Mismatch(EntityScore.Mismatch.Kind.MISLINKED, mislinked, "lloyd-austin"),
            new EntityScore.Mismatch(EntityScore.Mismatch.Kind.SPURIOUS, iraqAsOrganization, ""),
            new EntityScore.Mismatch(EntityScore.Mismatch.Kind.MISSED, IRAQ, "iraq")),
        mismatches);
  }

  @Test
  void aPerfectRecognitionHasNoMismatches() {
    assertEquals(List.of(), EntityScore.mismatches(List.of(AUSTIN, IRAQ), List.of(IRAQ, AUSTIN)));
  }
}
