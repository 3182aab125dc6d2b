package dev.newsdesk.entity;

/**
 * Finds the people, organisations, places and groups a text mentions, and resolves the mentions
 * to entities. The stage a host replaces to plug in its own recogniser.
 *
 * <p>{@code Recognition r = EntityRecognizer.standard().recognise("Defense Secretary Lloyd Austin said ...");}
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EntityRecognizer {

  /** Recognises the entities in {@code text}; offsets in the result index into {@code text}. */
  Recognition recognise(String text);

  /**
   * The default recogniser over the shipped knowledge base: knowledge-base names, rules and cues
   * for unseen names, group phrases, and coreference within the text. Offline and pure Java. Built
   * once, on first use, and shared.
   */
  static EntityRecognizer standard() {
    return dev.newsdesk.internal.entity.RuleBasedRecognizer.standard();
  }

  /** The default recogniser over {@code knowledgeBase} (the shipped one plus the host's entries, say). */
  static EntityRecognizer create(KnowledgeBase knowledgeBase) {
    return new dev.newsdesk.internal.entity.RuleBasedRecognizer(knowledgeBase);
  }
}
