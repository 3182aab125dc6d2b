package dev.newsdesk.corpus.synthetic;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as written by the generator: a headline and paragraphs of text segments, some of
 * which are entity mentions. Its text and gold mentions are derived, so they always agree.
 *
 * @param title the headline
 * @param paragraphs the body, in order
 * @param topic the topic it was written on
 * @param tags names of its main entities (for the page's topic links and keywords)
 */
record Story(String title, List<Paragraph> paragraphs, String topic, List<String> tags) {

  Story {
    paragraphs = paragraphs.stream().filter(p -> !p.text().isBlank()).toList();
    tags = List.copyOf(tags);
  }

  /** A run of text; a mention when {@code type} is set. */
  record Segment(String text, EntityType type, String entityId) {
    static Segment plain(String text) {
      return new Segment(text, null, null);
    }

    boolean isMention() {
      return type != null;
    }
  }

  /** A paragraph or an in-body heading. */
  record Paragraph(boolean heading, List<Segment> segments) {
    Paragraph {
      segments = List.copyOf(segments);
    }

    String text() {
      StringBuilder out = new StringBuilder();
      segments.forEach(s -> out.append(s.text()));
      return out.toString();
    }
  }

  /** The body text: paragraphs separated by a blank line. */
  String text() {
    StringBuilder out = new StringBuilder(4096);
    for (Paragraph p : paragraphs) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      p.segments().forEach(s -> out.append(s.text()));
    }
    return out.toString();
  }

  /** The gold mentions in {@link #text()}, in order. */
  List<Mention> mentions() {
    List<Mention> mentions = new ArrayList<>();
    int at = 0;
    boolean first = true;
    for (Paragraph p : paragraphs) {
      if (!first) {
        at += 2;
      }
      first = false;
      for (Segment s : p.segments()) {
        if (s.isMention()) {
          mentions.add(new Mention(at, at + s.text().length(), s.text(), s.type(), s.entityId()));
        }
        at += s.text().length();
      }
    }
    return mentions;
  }

  /** The first sentence-ish of the lead, for descriptions. */
  String summary() {
    String lead = paragraphs.stream().filter(p -> !p.heading()).findFirst().map(Paragraph::text).orElse(title);
    int stop = lead.indexOf(". ");
    return stop > 40 ? lead.substring(0, stop + 1) : lead;
  }

  /** This story with other paragraphs (a near-duplicate's edit). */
  Story withParagraphs(List<Paragraph> changed) {
    return new Story(title, changed, topic, tags);
  }

  Story withTitle(String changed) {
    return new Story(changed, paragraphs, topic, tags);
  }
}
