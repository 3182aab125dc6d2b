package dev.newsdesk.internal.entity;

import java.util.Set;

/** The word lists of {@link Lexicon} that recognition rules ask about a token, so that one lookup answers them all ({@link WordFacts}). */
enum WordList {
  PERSON_TITLE(Lexicon.PERSON_TITLES),
  PERSON_ROLE(Lexicon.PERSON_ROLES),
  ORGANIZATION_HEAD(Lexicon.ORGANIZATION_HEADS),
  ORGANIZATION_START(Lexicon.ORGANIZATION_STARTS),
  LOCATION_HEAD(Lexicon.LOCATION_HEADS),
  LOCATION_PREPOSITION(Lexicon.LOCATION_PREPOSITIONS),
  COLLECTIVE_NOUN(Lexicon.COLLECTIVE_NOUNS),
  FOREIGN_COLLECTIVE_NOUN(Lexicon.FOREIGN_COLLECTIVE_NOUNS),
  GROUP_MODIFIER(Lexicon.GROUP_MODIFIERS),
  GROUP_INNER_WORD(Lexicon.GROUP_INNER_WORDS),
  HYPHEN_ATTACHMENT(Lexicon.HYPHEN_ATTACHMENTS),
  NAME_CONNECTOR(Lexicon.NAME_CONNECTORS),
  ROMANCE_ORGANIZATION_START(Lexicon.ROMANCE_ORGANIZATION_STARTS),
  COMMON_ACRONYM(Lexicon.COMMON_ACRONYMS),
  INSTITUTION(Lexicon.INSTITUTIONS),
  PLACE_START(Lexicon.PLACE_STARTS),
  PLACE_NOUN(Lexicon.PLACE_NOUNS),
  DISTRICT_SERVICE(Lexicon.DISTRICT_SERVICES),
  SPEECH_VERB(Lexicon.SPEECH_VERBS),
  NEVER_NAME(Lexicon.NEVER_NAMES);

  private final Set<String> words;

  WordList(Set<String> words) {
    this.words = words;
  }

  Set<String> words() {
    return words;
  }
}
