package dev.newsdesk.internal.entity;

import dev.newsdesk.entity.EntityRecognizer;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.entity.Recognition;
import java.util.Objects;

/**
 * The default recogniser: knowledge-base names, group phrases, cue rules for unseen names, and
 * coreference of short forms within the text. Each call scans the text once ({@link Scan}).
 */
public final class RuleBasedRecognizer implements EntityRecognizer {
  private final NameIndex names;

  /** The recogniser over the shipped knowledge base, built on first use: its name index costs time. */
  public static RuleBasedRecognizer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final RuleBasedRecognizer INSTANCE = new RuleBasedRecognizer(KnowledgeBase.standard());
  }

  public RuleBasedRecognizer(KnowledgeBase knowledgeBase) {
    this.names = new NameIndex(Objects.requireNonNull(knowledgeBase, "knowledgeBase"));
  }

  @Override
  public Recognition recognise(String text) {
    Objects.requireNonNull(text, "text");
    return new Scan(text, names).run();
  }
}
