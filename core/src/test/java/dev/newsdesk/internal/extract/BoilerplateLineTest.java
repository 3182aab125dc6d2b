package dev.newsdesk.internal.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLineTest {

  /** The first-word test must let through every line the pattern matches, in any case. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Advertisement", "ADVERTISEMENTS", "— Ad —", "Anzeige", "Publicidad", "PUBLICITÉ", "Werbung", "Sponsored",
      "Share", "Share this article", "Read more", "read next", "Related", "Related articles", "Subscribe now",
      "Subscribers get more", "Sign up for our newsletter", "Follow us on X", "Click here to read", "Continue reading below",
      "Leave a comment", "Comment", "Comments", "Print", "Email", "More from Europe", "Additional reporting by Ana Lima",
      "Reporting by Tom Berg", "Editing by Jo Ross", "Writing by Ana Lima", "© 2024 Example News", "Copyright 2024 Example",
      "All rights reserved.", "This article was originally published in 2019", "Photo: Reuters", "Image: AP",
      "Credit: Getty", "The views expressed in this column are the author's", "Views expressed are her own",
      "A previous version of this article misstated the date", "Correction: an earlier version", "资料图：新华社",
      "图：新华社", "（责任编辑：李明）", "(编辑：李明)", "• Share •", "- Print -"})
  void letsThroughEveryLineThePatternMatches(String line) {
    assertTrue(BodyExtractor.BOILERPLATE_LINE.matcher(line).matches(), "the pattern should match: " + line);
    assertTrue(BodyExtractor.mayOpenBoilerplateLine(line), line);
  }

  @Test
  void sparesThePatternMostLinesOfText() {
    for (String line : new String[] {"Police said three people were arrested.", "Officials met on Monday.", "2024 was a hard year.",
        "Shares fell 3 percent.", "Readers wrote in.", "Advertisers left the platform.", "Ads were pulled.", "\"We will stay,\" she said."}) {
      assertFalse(BodyExtractor.mayOpenBoilerplateLine(line), line);
    }
  }
}
