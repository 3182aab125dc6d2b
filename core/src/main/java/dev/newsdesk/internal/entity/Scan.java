package dev.newsdesk.internal.entity;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.KnowledgeBase;
import dev.newsdesk.entity.Mention;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.internal.text.Slugs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One left-to-right pass over a text. At each word it tries, in order: a name this text has
 * already introduced (a surname, a defined acronym), a group phrase or a knowledge-base name
 * (the longer wins), a title that cues a person, and a capitalised sequence typed by its cues.
 */
final class Scan {
  /** Adjectives of French, Spanish, Italian and Portuguese by their endings: "socialiste", "Nacional", "européenne". */
  private static final java.util.regex.Pattern ROMANCE_ADJECTIVE = java.util.regex.Pattern.compile(
      "(?iu)\\p{L}{2,}(al|ale|aux|el|elle|ien|ienne|éen|éenne|ais|aise|ique|iste|aire|ano|ana|ico|ica|ivo|iva|ista|ario|aria|ense|ês|esa|oso|osa|ise|ial|ral|nal)");

  private static final Set<String> SURNAME_FIRST_COUNTRIES =
      Set.of("china", "taiwan", "hong-kong", "macau", "north-korea", "south-korea", "vietnam", "singapore", "cambodia");

  private final String text;
  private final NameIndex names;
  private final Token[] tokens;
  /** Per token, what the lexicon and the knowledge base say about its spelling. */
  private final WordFacts[] facts;
  private final LowerCaseForms lowerCase;
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<String, Resolved> introduced = new HashMap<>();
  private final Map<String, KnowledgeBase.Entry> entriesById = new HashMap<>();
  private final boolean[] inHeading;
  private final Set<String> plainAcronyms;
  private final Map<String, Double> countryWeight = new HashMap<>();
  // What the rules that depend only on the text found at each token, for the second pass.
  private final Memo<Found> groups;
  private final Memo<Found> unseen;
  private final Memo<Found> unseenAfterCue;
  private final Memo<Found> known;
  private final Memo<Found> knownAfterCue;
  private final int[] sequenceEnds;
  /** Known names chosen among namesakes in the first pass, where the second weighs the text's countries. */
  private final java.util.BitSet namesakeChoices = new java.util.BitSet();
  private boolean choseAmongNamesakes;
  /** Ids made from names, kept for the second pass, which meets the same names. */
  private final Map<String, String> slugs = new HashMap<>();
  /** First words of the two-word short forms in {@link #introduced}. */
  private final Set<String> pairStarts = new java.util.HashSet<>();

  /** A span found at a token: where it ends (exclusive, in tokens), its type and entity. */
  /** How many times bigger a place's namesake must be for the place to be dwarfed ({@link #isDwarfedPlace}). */
  private static final long DWARFED_PLACE_RATIO = 50;

  private record Found(int endToken, EntityType type, String entityId, String name) {}

  private record Resolved(EntityType type, String entityId) {}

  Scan(String text, NameIndex names) {
    this.text = text;
    this.names = names;
    this.tokens = Tokenizer.tokenize(text).toArray(Token[]::new);
    this.facts = new WordFacts[tokens.length];
    for (int k = 0; k < facts.length; k++) {
      facts[k] = names.facts(tokens[k].text());
    }
    this.lowerCase = new LowerCaseForms(tokens);
    this.inHeading = headings();
    this.plainAcronyms = plainAcronyms();
    this.groups = new Memo<>(tokens.length);
    this.unseen = new Memo<>(tokens.length);
    this.unseenAfterCue = new Memo<>(tokens.length);
    this.known = new Memo<>(tokens.length);
    this.knownAfterCue = new Memo<>(tokens.length);
    this.sequenceEnds = new int[tokens.length];
  }

  Recognition run() {
    // The first pass learns the names the text introduces; the second resolves short forms to them
    // wherever they stand: live blogs and headlines say "Lai" before "Lai Ching-te".
    pass();
    weighCountries();
    namesakeChoices.stream().forEach(choice -> (choice % 2 == 1 ? knownAfterCue : known).forget(choice / 2));
    mentions.clear();
    entriesById.clear();
    pass();
    return Entities.aggregate(text, mentions, entriesById);
  }

  private void pass() {
    boolean personCue = false;
    int i = 0;
    while (i < tokens.length) {
      Token token = tokens[i];
      if (!token.isWord()) {
        personCue = false;
        i++;
        continue;
      }
      if (NameIndex.hasCjk(token.text())) {
        addCjkNames(token);
        i++;
        continue;
      }
      Found found = find(i, personCue);
      if (found != null) {
        add(i, found);
        i = found.endToken();
        personCue = false;
        continue;
      }
      personCue = isPersonTitle(i) || on(i, WordList.PERSON_ROLE);
      i++;
    }
  }

  private Found find(int i, boolean personCue) {
    Token token = tokens[i];
    Found group = groupAt(i);
    Found known = knownAt(i, personCue);
    Found introducedName = introducedAt(i);
    if (introducedName != null && group == null
        && (known == null || known.endToken() <= introducedName.endToken())
        && sequenceEnd(i) <= introducedName.endToken()) {
      // A short form ("Hawthorne", "Hou") never cuts a longer name short ("Hawthorne Elementary", "Hou Yu-ih").
      return introducedName;
    }
    if (group != null && (known == null || group.endToken() >= known.endToken())) {
      return group;
    }
    if (known != null) {
      return longerUnseenName(i, known, personCue);
    }
    Found acronym = acronymAsWord(i);
    if (acronym != null) {
      return acronym;
    }
    Found romance = romanceOrganizationAt(i);
    if (romance != null) {
      return romance;
    }
    Found agency = datelineAgencyAt(i);
    if (agency != null) {
      return agency;
    }
    if (on(i, WordList.NAME_CONNECTOR) && i + 2 < tokens.length && tokens[i + 1].is("-") && adjacent(i, i + 1)
        && adjacent(i + 1, i + 2) && tokens[i + 2].isCapitalized() && !personCue) {
      return particleSurnameAt(i); // "al-Sharaa"
    }
    if (!token.isCapitalized() || inHeading[i] || opensSentenceBeforeAName(i)) {
      return null;
    }
    if (isPersonTitle(i)) {
      // "Premier League", "General Assembly": a title word can start an organisation's name.
      int end = sequenceEnd(i);
      return end > i + 1 && on(end - 1, WordList.ORGANIZATION_HEAD) ? unseenAt(i, false) : null;
    }
    Found unseenName = unseenAt(i, personCue);
    if (unseenName == null && !personCue) {
      unseenName = knownSurnameAt(i);
    }
    return unseenName != null || personCue ? unseenName : placeInAList(i);
  }

  /** "al-Sharaa": a known person's surname that begins with its particle. */
  private Found particleSurnameAt(int i) {
    String surface = text.substring(tokens[i].start(), tokens[i + 2].end());
    List<KnowledgeBase.Entry> people = names.personsWithSurname(surface);
    return people.size() == 1 && sequenceEnd(i + 2) == i + 3
        ? new Found(i + 3, EntityType.PERSON, people.get(0).id(), people.get(0).name()) : null;
  }

  /**
   * "Vestager", "Akufo-Addo", "the Trump administration": the surname of the one known person who
   * bears it, named alone. A surname that is also a common word counts only for holders of office.
   */
  private Found knownSurnameAt(int i) {
    int end = sequenceEnd(i);
    if (tokens[i].sentenceStart() && lowerCase.isCommonWord(i) || end - i != 1 && !(end - i == 3 && tokens[i + 1].is("-"))
        || on(i, WordList.NEVER_NAME) || lowerCase.isGivenName(i) || i > 0 && adjacent(i - 1, i) && (tokens[i - 1].is("-")
        || on(i - 1, WordList.NAME_CONNECTOR))) {
      return null; // "May" the month, "Ahmed" the given name, "Leyen" of "von der Leyen"
    }
    String surface = text.substring(tokens[i].start(), tokens[end - 1].end());
    List<KnowledgeBase.Entry> people = names.personsWithSurname(surface);
    // "Trump" alone is the one who held office, not his family; "Un" is not Kim Jong Un, whose family name comes first
    people = heldOfficeIfSeveral(people.stream().filter(p -> !SURNAME_FIRST_COUNTRIES.contains(p.country())).toList());
    if (people.size() != 1 || end - i == 1 && lowerCase.isCommonWord(i) && people.get(0).roles().isEmpty()) {
      return null;
    }
    return new Found(end, EntityType.PERSON, people.get(0).id(), people.get(0).name());
  }

  /** Of several people who bear one surname, those who held office: the ones a surname alone or a title names. */
  private static List<KnowledgeBase.Entry> heldOfficeIfSeveral(List<KnowledgeBase.Entry> people) {
    return people.size() > 1 ? people.stream().filter(p -> !p.roles().isEmpty()).toList() : people;
  }

  /** "Even Yoon's party": a common word opening a sentence is not part of the name the text introduced after it. */
  private boolean opensSentenceBeforeAName(int i) {
    if (!tokens[i].sentenceStart() || !lowerCase.isCommonWord(i) || i + 1 >= tokens.length || !adjacentWords(i, i + 1)) {
      return false;
    }
    Resolved name = introduced.get(tokens[i + 1].text());
    return name != null && !name.entityId().startsWith(slug(tokens[i].text()) + "-"); // "Ray Okonkwo" is one name
  }

  // ---- names the text itself introduced: surnames of people, acronyms it defined ----

  private Found introducedAt(int i) {
    Token token = tokens[i];
    if (!token.isCapitalized()) {
      return null; // what a text introduces is a name or an acronym: the lower-case words, most of them, are not asked
    }
    if (pairStarts.contains(token.text()) && i + 1 < tokens.length && adjacentWords(i, i + 1)) {
      Resolved pair = introduced.get(token.text() + " " + tokens[i + 1].text());
      if (pair != null) {
        return new Found(i + 2, pair.type(), pair.entityId(), token.text()); // "López Obrador"
      }
    }
    Resolved resolved = introduced.get(token.text());
    if (resolved == null || followedByPlaceQualifier(i + 1)) {
      return null;
    }
    return new Found(i + 1, resolved.type(), resolved.entityId(), token.text());
  }

  /** "Austin, Texas": a comma and a known place right after a name make the name a place. */
  private boolean followedByPlaceQualifier(int next) {
    if (next + 1 >= tokens.length || !tokens[next].is(",")) {
      return false;
    }
    return names.named(tokens[next + 1].text()).stream().anyMatch(e -> e.type() == EntityType.LOCATION);
  }

  // ---- group phrases: "Shiite militias", "Iraqi defense forces", "Iran-backed militants" ----

  private Found groupAt(int i) {
    return groups.has(i) ? groups.get(i) : groups.put(i, findGroupAt(i));
  }

  /** Plural adjectives of nation, region, party or ideology in French, Spanish, Italian and Portuguese: "français", "mexicanos", "bolsonaristas". */
  private static final java.util.regex.Pattern ROMANCE_PLURAL_ADJECTIVE = java.util.regex.Pattern.compile(
      "\\p{Ll}\\p{L}{2,}(anos|anas|enses|eses|ales|icos|icas|istas|ivos|ivas|ani|ane|esi|ici|iche|isti|iste|ali|ais|aises|ois|oises|iens|iennes|éens|éennes|istes|aux|ários|árias|eiros|eiras)");
  /** German adjectives of nation, region, faith or party before a plural noun: "deutsche", "bayerische", "grüne". */
  private static final java.util.regex.Pattern GERMAN_PLURAL_ADJECTIVE = java.util.regex.Pattern.compile(
      "(?iu)\\p{L}{2,}(sch|ch)en?|(grün|link|recht|konservativ|liberal|sozialdemokratisch)en?");

  /** "électeurs français", "trabajadores estatales", "deutsche Landwirte": GROUP phrases of other languages. */
  private Found foreignGroupAt(int i) {
    if (i + 1 >= tokens.length || !adjacentWords(i, i + 1)) {
      return null;
    }
    Token first = tokens[i];
    Token second = tokens[i + 1];
    boolean romance = on(i, WordList.FOREIGN_COLLECTIVE_NOUN) && !first.isCapitalized()
        && ROMANCE_PLURAL_ADJECTIVE.matcher(second.text()).matches();
    boolean german = on(i + 1, WordList.FOREIGN_COLLECTIVE_NOUN) && second.isCapitalized()
        && GERMAN_PLURAL_ADJECTIVE.matcher(first.text()).matches() && !lowerCase.isCommonWord(i)
        && (!first.isCapitalized() || on(i, WordList.GROUP_MODIFIER) || first.sentenceStart() || facts[i].isDemonym());
    if (!romance && !german) {
      return null;
    }
    String span = text.substring(first.start(), second.end());
    return new Found(i + 2, EntityType.GROUP, slug(span), span);
  }

  /**
   * "the Iranian foreign ministry": a demonym, a word and "ministry" in lower case name the
   * ministry the knowledge base knows written in capitals ("Iranian Foreign Ministry").
   */
  private Found lowerCaseMinistryAt(int i) {
    if (i + 2 >= tokens.length || !tokens[i + 2].is("ministry") || !tokens[i + 1].isWord() || tokens[i + 1].isCapitalized()
        || !adjacentWords(i, i + 1) || !adjacentWords(i + 1, i + 2)) {
      return null;
    }
    String word = tokens[i + 1].text();
    String titled = tokens[i].text() + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1) + " Ministry";
    List<KnowledgeBase.Entry> ministries = names.named(titled);
    return ministries.isEmpty() || ministries.get(0).type() != EntityType.ORGANIZATION ? null
        : new Found(i + 3, EntityType.ORGANIZATION, ministries.get(0).id(), ministries.get(0).name());
  }

  private Found findGroupAt(int i) {
    Found foreign = foreignGroupAt(i);
    if (foreign != null) {
      return foreign;
    }
    // A country's demonym before "government" names that country's government.
    Demonym country = demonymAt(i);
    if (country != null && country.end() < tokens.length && tokens[country.end()].is("government")) {
      String id = "government-of-" + country.place().id();
      return new Found(country.end() + 1, EntityType.ORGANIZATION, id, "Government of " + country.place().name());
    }
    Found ministry = country != null ? lowerCaseMinistryAt(i) : null;
    if (ministry != null) {
      return ministry;
    }
    int j = modifierEnd(i);
    if (j < 0) {
      return null;
    }
    int next = modifierEnd(j);
    if (next > 0) {
      j = next; // "Iraqi Kurdish fighters"
    }
    for (int inner = 0; inner <= 2 && j < tokens.length; inner++) {
      if (on(j, WordList.COLLECTIVE_NOUN)) {
        String span = text.substring(tokens[i].start(), tokens[j].end());
        return new Found(j + 1, EntityType.GROUP, slug(span), span);
      }
      if (inner < 2 && on(j, WordList.GROUP_INNER_WORD) && adjacent(j - 1, j)) {
        j++;
      } else {
        break;
      }
    }
    return null;
  }

  /** Where a group modifier starting at {@code i} ends, or -1 when there is none. */
  private int modifierEnd(int i) {
    if (i >= tokens.length) {
      return -1;
    }
    Token t = tokens[i];
    if (i + 2 < tokens.length && tokens[i + 1].is("-") && adjacent(i, i + 1) && adjacent(i + 1, i + 2)) {
      if (on(i + 2, WordList.HYPHEN_ATTACHMENT) && t.isCapitalized()) {
        return i + 3; // "Iran-backed"
      }
      if (t.is("pro") || t.is("anti")) {
        return i + 3; // "pro-Russian"
      }
    }
    int demonym = demonymEnd(i);
    if (demonym > 0) {
      return demonym;
    }
    return on(i, WordList.GROUP_MODIFIER) ? i + 1 : -1;
  }

  /** A demonym in the text: the token after it, and the place it is of. */
  private record Demonym(int end, KnowledgeBase.Entry place) {}

  /** The demonym at {@code i}, of one word ("Iraqi") or more ("South Korean"), or null. */
  private Demonym demonymAt(int i) {
    NameIndex.MultiWordDemonym longer = multiWordDemonymAt(i);
    if (longer != null) {
      return new Demonym(i + longer.words().size(), longer.place());
    }
    return facts[i].demonym().map(place -> new Demonym(i + 1, place)).orElse(null);
  }

  /** Where the demonym at {@code i} ends; -1 when there is none. */
  private int demonymEnd(int i) {
    Demonym demonym = demonymAt(i);
    return demonym == null ? -1 : demonym.end();
  }

  /** The demonym of two words or more whose words are the tokens from {@code i} on, or null. */
  private NameIndex.MultiWordDemonym multiWordDemonymAt(int i) {
    if (!tokens[i].isCapitalized()) {
      return null; // most words: no lookup
    }
    for (NameIndex.MultiWordDemonym demonym : names.multiWordDemonymsStartingWith(tokens[i].text())) {
      List<String> words = demonym.words();
      int k = 1;
      while (k < words.size() && i + k < tokens.length && tokens[i + k].is(words.get(k)) && adjacentWords(i + k - 1, i + k)) {
        k++;
      }
      if (k == words.size()) {
        return demonym;
      }
    }
    return null;
  }

  /** Whether the tokens from {@code i} to {@code end} end with a demonym ("Sri Lankan", "Iraqi"). */
  private boolean endsWithDemonym(int i, int end) {
    if (facts[end - 1].isDemonym()) {
      return true;
    }
    for (int start = Math.max(i, end - 3); start < end - 1; start++) {
      if (demonymEnd(start) == end) {
        return true;
      }
    }
    return false;
  }

  private boolean adjacent(int a, int b) {
    return a >= 0 && b < tokens.length && tokens[b].start() - tokens[a].end() <= 1;
  }

  // ---- knowledge-base names, longest first ----

  /**
   * The known name at {@code i}. It depends on the text alone, except where namesakes are chosen
   * between by the countries the whole text is about: those are found again in the second pass.
   */
  private Found knownAt(int i, boolean personCue) {
    Memo<Found> memo = personCue ? knownAfterCue : known;
    if (!memo.has(i)) {
      boolean outer = choseAmongNamesakes;
      choseAmongNamesakes = false;
      memo.put(i, findKnownAt(i, personCue));
      if (choseAmongNamesakes && countryWeight.isEmpty()) {
        namesakeChoices.set(i * 2 + (personCue ? 1 : 0));
      }
      choseAmongNamesakes = outer;
    }
    return memo.get(i);
  }

  private Found findKnownAt(int i, boolean personCue) {
    Token token = tokens[i];
    if (token.is("the") || token.is("The") && i + 1 < tokens.length && knownAt(i + 1, personCue) != null) {
      return null; // "the Middle East", "The Associated Press": the article is not part of the mention
    }
    if (isShouted(token) || opensShoutedName(i)) {
      return shoutedKnownAt(i);
    }
    int longest = facts[i].longestName();
    if (longest == 0) {
      return null;
    }
    int limit = Math.min(tokens.length, i + longest);
    int plainEnd = plainSpanEnd(tokens[i].start(), tokens[limit - 1].end());
    long lengthsBeforeNext = -1; // looked up once a longer name is possible: most words start one-word names only
    for (int end = limit; end > i; end--) {
      if (!tokens[end - 1].isWord() && !tokens[end - 1].is(".")) {
        continue;
      }
      if (tokens[end - 1].end() <= plainEnd) {
        // A plainly written span is a name only if a name of as many tokens starts with its first two words.
        long length = WordFacts.nameLength(end - i);
        if (!facts[i].startsNameOf(length)) {
          continue;
        }
        if (end - i > 1) {
          if (lengthsBeforeNext < 0) {
            lengthsBeforeNext = names.nameLengthsBefore(tokens[i].text(), tokens[i + 1].text());
          }
          if ((lengthsBeforeNext & length) == 0) {
            continue;
          }
        }
      }
      String surface = text.substring(tokens[i].start(), tokens[end - 1].end());
      List<KnowledgeBase.Entry> candidates = names.named(surface);
      if (candidates.isEmpty() || surface.contains("\n") || surface.chars().noneMatch(Character::isUpperCase)) {
        continue; // "federal government" is a phrase, not a name
      }
      KnowledgeBase.Entry entry = choose(candidates, personCue, end);
      int comma = surface.indexOf(',');
      if (comma > 0) {
        // "Austin, Texas" names the city; the mention is "Austin", and "Texas" is one of its own.
        int nameEnd = i;
        while (tokens[nameEnd].end() <= tokens[i].start() + comma) {
          nameEnd++;
        }
        return new Found(nameEnd, entry.type(), entry.id(), entry.name());
      }
      if (end - i == 1 && tokens[i].sentenceStart() && entry.type() != EntityType.PERSON
          && lowerCase.isCommonWord(i)) {
        return null; // "Nice weather", "Reading between the lines"
      }
      if (end - i == 1 && personCue && entry.type() != EntityType.PERSON && i > 0
          && isPersonTitle(i - 1) && !isAcronym(surface) && !surface.contains(".")) {
        return personWithSurname(i, surface); // "Defense Secretary Austin" is not the city
      }
      if (token.is("The") && isHeadedName(i + 1, sequenceEnd(i + 1)) && sequenceEnd(i + 1) > end) {
        return null; // "The National Hurricane Center" is not the newspaper The National
      }
      return new Found(end, entry.type(), entry.id(), entry.name());
    }
    return null;
  }

  /** Whether the capitalised words from {@code i} to {@code end} end in a word that says what they name. */
  private boolean isHeadedName(int i, int end) {
    return end > i + 1 && (on(end - 1, WordList.ORGANIZATION_HEAD) || on(end - 1, WordList.LOCATION_HEAD))
        || isOrganizationName(i, end);
  }

  /**
   * Where the plain writing from {@code from} ends, at most at {@code to}: letters, digits, periods,
   * straight apostrophes and single spaces, which names are keyed by unchanged and which tokenize
   * alone as they do in the text.
   */
  private int plainSpanEnd(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '\'' && (c != ' ' || text.charAt(k - 1) == ' ')) {
        return k;
      }
    }
    return to;
  }

  /** A word in capitals that is not an acronym: "SEOUL (Asiawire)", "IRAN SAYS". */
  private static boolean isShouted(Token t) {
    String w = t.text();
    if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !Character.isUpperCase(w.charAt(w.length() - 1))) {
      return false;
    }
    for (int i = 1; i < w.length() - 1; i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a short word in capitals opens a shouted name with the next ("LOS ANGELES", "NEW YORK
   * CITY"): alone it would be an acronym.
   */
  private boolean opensShoutedName(int i) {
    String w = tokens[i].text();
    if (w.length() < 2 || i + 1 >= tokens.length || !isShouted(tokens[i + 1]) || !adjacentWords(i, i + 1)) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isUpperCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Shouted words are looked up as written ("NATO") and in title case ("SEOUL" is Seoul, "PORTO
   * ALEGRE" Porto Alegre); a short first word only as part of a longer name ("LOS ANGELES").
   */
  private Found shoutedKnownAt(int i) {
    String w = tokens[i].text();
    boolean shortFirst = !isShouted(tokens[i]);
    List<KnowledgeBase.Entry> exact = shortFirst ? List.of() : names.named(w);
    if (!exact.isEmpty()) {
      return new Found(i + 1, exact.get(0).type(), exact.get(0).id(), exact.get(0).name());
    }
    int last = i;
    while (last + 1 < tokens.length && last - i < 2 && adjacentWords(last, last + 1) && isShouted(tokens[last + 1])) {
      last++;
    }
    for (int end = last + 1; end > (shortFirst ? i + 1 : i); end--) {
      StringBuilder title = new StringBuilder();
      for (int k = i; k < end; k++) {
        String word = tokens[k].text();
        title.append(k > i ? " " : "").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      List<KnowledgeBase.Entry> titled = names.named(title.toString());
      if (!titled.isEmpty()) {
        return new Found(end, titled.get(0).type(), titled.get(0).id(), titled.get(0).name());
      }
    }
    return null;
  }

  /** "Nato", "Unesco": an acronym of the knowledge base written as a word. */
  private Found acronymAsWord(int i) {
    String w = tokens[i].text();
    if (w.length() < 4 || !tokens[i].isCapitalized() || !isLowerCase(w, 1) || lowerCase.isCommonWord(i)) {
      return null; // "Plan" is a word, not the PLAN
    }
    List<KnowledgeBase.Entry> entries = names.named(w.toUpperCase(Locale.ROOT));
    return entries.isEmpty() ? null : new Found(i + 1, entries.get(0).type(), entries.get(0).id(), entries.get(0).name());
  }

  /**
   * How much the text is about each country, from the first pass: a country's own mentions, and
   * the mentions of things in it. An ambiguous name then goes to the candidate of the text's
   * countries ("Congress" in a story about India, "Valencia" in one about Spain).
   */
  private void weighCountries() {
    for (Mention m : mentions) {
      KnowledgeBase.Entry e = entriesById.get(m.entityId());
      if (e != null && !e.country().isEmpty()) {
        countryWeight.merge(e.country(), e.country().equals(e.id()) ? 2.0 : 1.0, Double::sum);
      }
    }
  }

  private double countryWeightOf(KnowledgeBase.Entry e) {
    return countryWeight.getOrDefault(e.country().isEmpty() ? e.id() : e.country(), 0.0);
  }

  /**
   * Whether {@code place} is so much smaller than its most prominent namesake that the countries a
   * text is about cannot make it the one meant: "Ontario" in an American story is still the province,
   * not Ontario, California, and "Paris" still the capital, not Paris, Texas. "Birmingham" in one is
   * Alabama's, a fifth of England's.
   */
  private static boolean isDwarfedPlace(KnowledgeBase.Entry place, KnowledgeBase.Entry prominent) {
    return place.type() == EntityType.LOCATION && prominent.type() == EntityType.LOCATION
        && place.population() * DWARFED_PLACE_RATIO < prominent.population();
  }

  private KnowledgeBase.Entry choose(List<KnowledgeBase.Entry> candidates, boolean personCue, int end) {
    choseAmongNamesakes |= candidates.size() > 1;
    if (candidates.size() > 1 && !countryWeight.isEmpty()) {
      KnowledgeBase.Entry best = candidates.get(0);
      for (KnowledgeBase.Entry e : candidates) {
        if (countryWeightOf(e) > countryWeightOf(best) && (!personCue || e.type() == EntityType.PERSON || best.type() != EntityType.PERSON)
            && !isDwarfedPlace(e, candidates.get(0))) {
          best = e;
        }
      }
      if (best != candidates.get(0)) {
        return best;
      }
    }
    if (personCue) {
      for (KnowledgeBase.Entry e : candidates) {
        if (e.type() == EntityType.PERSON) {
          return e;
        }
      }
    }
    if (followedByPlaceQualifier(end)) {
      for (KnowledgeBase.Entry e : candidates) {
        if (e.type() == EntityType.LOCATION) {
          return e;
        }
      }
    }
    return candidates.get(0);
  }

  /**
   * A known name can be the start of a longer unseen one: "Suez Canal" in "Suez Canal Authority",
   * "North Carolina" in "North Carolina General Assembly", "Jordan" in "Jordan Bardella". The longer
   * name wins when its last word or its first (a given name) says what it is.
   */
  private Found longerUnseenName(int i, Found known, boolean personCue) {
    Token first = tokens[i];
    if (!first.isCapitalized()) {
      return known;
    }
    int end = sequenceEnd(i);
    if (end <= known.endToken()) {
      return known;
    }
    boolean headed = isHeadedName(i, end);
    boolean givenName = known.endToken() == i + 1 && known.type() != EntityType.PERSON
        && lowerCase.isGivenName(i)
        && tokens[i + 1].isWord() && knownAt(i + 1, false) == null;
    // "Senator Elizabeth Warren", "Gen. Park An-su": after a title, one known word is where a person's name begins.
    boolean titled = personCue && known.endToken() == i + 1
        && (known.type() == EntityType.PERSON || lowerCase.isGivenName(i));
    if (known.type() == EntityType.LOCATION && on(known.endToken(), WordList.NAME_CONNECTOR) && !tokens[known.endToken()].is("of")) {
      String surface = text.substring(first.start(), tokens[end - 1].end());
      return new Found(end, EntityType.LOCATION, slug(surface), surface); // "Rio Grande do Sul"
    }
    if (headed || givenName || titled) {
      Found unseen = unseenAt(i, personCue);
      if (unseen != null && unseen.endToken() > known.endToken()) {
        return known.type() == EntityType.LOCATION ? countryPrefixed(known, unseen) : unseen;
      }
    }
    return known;
  }

  /** "U.S. Food and Drug Administration" is the known organisation after the place that qualifies it. */
  private Found countryPrefixed(Found place, Found longer) {
    String rest = text.substring(tokens[place.endToken()].start(), tokens[longer.endToken() - 1].end());
    for (KnowledgeBase.Entry e : names.named(rest)) {
      if (e.type() == longer.type() && e.country().equals(place.entityId())) {
        return new Found(longer.endToken(), e.type(), e.id(), e.name());
      }
    }
    return longer;
  }

  /** A titled surname: the one known person of that surname (or of them, the one who held office), else an unseen person. */
  private Found personWithSurname(int i, String surname) {
    List<KnowledgeBase.Entry> people = heldOfficeIfSeveral(names.personsWithSurname(surname));
    if (people.size() == 1) {
      return new Found(i + 1, EntityType.PERSON, people.get(0).id(), people.get(0).name());
    }
    return new Found(i + 1, EntityType.PERSON, slug(surname), surname);
  }

  // ---- capitalised sequences the knowledge base does not know ----

  private Found unseenAt(int i, boolean personCue) {
    Memo<Found> memo = personCue ? unseenAfterCue : unseen;
    return memo.has(i) ? memo.get(i) : memo.put(i, findUnseenAt(i, personCue));
  }

  private Found findUnseenAt(int i, boolean personCue) {
    Token first = tokens[i];
    if (on(i, WordList.NEVER_NAME) || first.sentenceStart() && lowerCase.isCommonWord(i) && !lowerCase.isGivenName(i)) {
      return null; // "The", "Since", "Currently" open sentences; "March" is a month
    }
    int end = sequenceEnd(i);
    if (!personCue && (endsWithDemonym(i, end) || on(end - 1, WordList.GROUP_MODIFIER))) {
      return null; // "South Korean President", "in Alawite villages": a name does not end in an adjective of nation or faith
    }
    boolean allCommon = allCommonWords(i, end);
    String surface = text.substring(first.start(), tokens[end - 1].end());
    EntityType type;
    boolean placeStart = on(i, WordList.PLACE_START) && end - i > 1;
    if (on(end - 1, WordList.ORGANIZATION_HEAD) && end - i > 1 || isOrganizationName(i, end) || joinedByAmpersand(i, end)
        || end - i > 2 && tokens[end - 1].is("District") && on(end - 2, WordList.DISTRICT_SERVICE)
        || end - i > 1 && spelledOutBeforeAcronym(i, end)) {
      type = EntityType.ORGANIZATION;
    } else if (on(end - 1, WordList.LOCATION_HEAD) && end - i > 1 || followedByBased(end) || placeStart) {
      type = EntityType.LOCATION;
    } else if (end - i > 1 && on(i, WordList.ROMANCE_ORGANIZATION_START)
        && !(tokens[i + 1].isCapitalized() && (lowerCase.isGivenName(i + 1) || knownAt(i + 1, false) != null))) {
      // "Cámara de Diputados", "Partido Verde", "Universidade de Brasília"; not "Consiglio Giorgia Meloni"
      type = EntityType.ORGANIZATION;
    } else if (personCue || end - i >= 2 && lowerCase.isGivenName(i) && !allCommon || isRomanisedName(i, end)) {
      type = EntityType.PERSON;
    } else if (end - i == 1 && (isNameAcronym(i) || on(i, WordList.INSTITUTION))) {
      type = EntityType.ORGANIZATION;
    } else if (!allCommon && i > 0 && on(i - 1, WordList.LOCATION_PREPOSITION)
        && Set.of("in", "near", "outside").contains(tokens[i - 1].text()) && (end - i == 1 || end - i <= 3 && !lowerCase.isGivenName(i))) {
      type = EntityType.LOCATION;
    } else if (!allCommon && (afterPlaceNoun(i) || beforePlaceApposition(end))) {
      type = EntityType.LOCATION; // "the town of Moura", "Yellowknife, the capital of"
    } else if (!allCommon && (end - i > 1 || agedAfter(end)) && inPersonContext(i, end)) {
      type = EntityType.PERSON; // "said Hiba Abdelrahman", "Farhan Qureshi, a 34-year-old weaver", "Ibáñez, 54,"
    } else {
      return null; // no cue: better to miss a name than to invent one
    }
    boolean headedPlace = type == EntityType.LOCATION && end - i > 1 && on(end - 1, WordList.LOCATION_HEAD);
    if (allCommon && type != EntityType.ORGANIZATION && !personCue && !headedPlace) {
      return null;
    }
    if (type == EntityType.PERSON && end - i == 1) {
      return personWithSurname(i, surface);
    }
    return new Found(end, type, slug(surface), surface);
  }

  /** "the town of Moura", "the northern city of Kidal". */
  private boolean afterPlaceNoun(int i) {
    return i >= 2 && tokens[i - 1].is("of") && on(i - 2, WordList.PLACE_NOUN) && !tokens[i - 2].isCapitalized();
  }

  /** "Yellowknife, the capital", "Asheville, the mountain city", "Kidal, a desert town". */
  private boolean beforePlaceApposition(int end) {
    if (end + 2 >= tokens.length || !tokens[end].is(",") || !(tokens[end + 1].is("the") || tokens[end + 1].is("a"))) {
      return false;
    }
    for (int k = end + 2; k < Math.min(tokens.length, end + 5); k++) {
      Token t = tokens[k];
      if (!t.isWord() || t.isCapitalized()) {
        return false;
      }
      if (on(k, WordList.PLACE_NOUN)) {
        return k + 1 >= tokens.length || !tokens[k + 1].isWord() || tokens[k + 1].is("of") || tokens[k + 1].is("in")
            || tokens[k + 1].is("that") || tokens[k + 1].is("where");
      }
    }
    return false;
  }

  /** Where people are named in news: after or before "said", before ", who" or an age. */
  private boolean inPersonContext(int i, int end) {
    if (i > 0 && on(i - 1, WordList.SPEECH_VERB) && (end >= tokens.length || !tokens[end].isWord() || tokens[end].is("of"))) {
      return true;
    }
    if (end < tokens.length && on(end, WordList.SPEECH_VERB) && end - i > 1) {
      return true;
    }
    return end + 1 < tokens.length && tokens[end].is(",")
        && (tokens[end + 1].is("who") || tokens[end + 1].is("whose") || agedAfter(end) || agedNounAfter(end));
  }

  /** ", 54," after a name. */
  private boolean agedAfter(int end) {
    return end + 2 < tokens.length && tokens[end].is(",") && isAge(tokens[end + 1].text()) && tokens[end + 2].is(",");
  }

  /** ", a 34-year-old weaver" after a name. */
  private boolean agedNounAfter(int end) {
    return end + 4 < tokens.length && (tokens[end + 1].is("a") || tokens[end + 1].is("an"))
        && isAge(tokens[end + 2].text()) && tokens[end + 3].is("-") && tokens[end + 4].is("year");
  }

  private static boolean isAge(String word) {
    return word.length() <= 3 && word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * A name with no cue of its own in a list with a place: "Izmail and Reni" after a place, "Edson
   * and Fox Creek", "Lajeado, Estrela and Muçum".
   */
  private Found placeInAList(int i) {
    Token first = tokens[i];
    if (!first.isCapitalized() || on(i, WordList.NEVER_NAME) || first.sentenceStart() && lowerCase.isCommonWord(i)) {
      return null;
    }
    int end = sequenceEnd(i);
    if (allCommonWords(i, end) || end - i > 3 || lowerCase.isGivenName(i)) {
      return null;
    }
    boolean afterPlace = i >= 2 && isListJoint(i - 1) && !mentions.isEmpty()
        && mentions.get(mentions.size() - 1).type() == EntityType.LOCATION
        && mentions.get(mentions.size() - 1).end() == tokens[i - 2].end()
        && (!tokens[i - 1].is(",") || end < tokens.length && isListJoint(end));
    boolean beforePlace = end + 1 < tokens.length && isListJoint(end) && !tokens[end].is(",")
        && tokens[end + 1].isCapitalized() && isPlaceAt(end + 1);
    if (!afterPlace && !beforePlace) {
      return null;
    }
    String surface = text.substring(first.start(), tokens[end - 1].end());
    return new Found(end, EntityType.LOCATION, slug(surface), surface);
  }

  private boolean isListJoint(int k) {
    return tokens[k].is(",") || tokens[k].is("and") || tokens[k].is("or");
  }

  private boolean isPlaceAt(int k) {
    Found next = knownAt(k, false);
    if (next == null) {
      next = unseenAt(k, false);
    }
    return next != null && next.type() == EntityType.LOCATION;
  }

  /** "Parti socialiste", "Union européenne", "Instituto Nacional Electoral": head first, then adjectives. */
  private Found romanceOrganizationAt(int i) {
    if (!on(i, WordList.ROMANCE_ORGANIZATION_START)) {
      return null;
    }
    int end = i + 1;
    while (end < tokens.length && end - i <= 3 && adjacentWords(end - 1, end)
        && ROMANCE_ADJECTIVE.matcher(tokens[end].text()).matches()) {
      end++;
    }
    if (end == i + 1) {
      return null;
    }
    String span = text.substring(tokens[i].start(), tokens[end - 1].end());
    List<KnowledgeBase.Entry> known = names.named(span);
    return known.isEmpty()
        ? new Found(end, EntityType.ORGANIZATION, slug(span), span)
        : new Found(end, known.get(0).type(), known.get(0).id(), known.get(0).name());
  }

  /** "WASHINGTON (Newswire) —": the agency in a dateline's brackets. */
  private Found datelineAgencyAt(int i) {
    if (i < 2 || !tokens[i - 1].is("(") || i + 2 >= tokens.length || !tokens[i + 1].is(")")
        || !tokens[i].isCapitalized() || !isDash(tokens[i + 2])) {
      return null;
    }
    Token place = tokens[i - 2];
    boolean dateline = isShouted(place) || place.text().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    String name = tokens[i].text();
    return dateline ? new Found(i + 1, EntityType.ORGANIZATION, slug(name), name) : null;
  }

  private static boolean isDash(Token t) {
    return t.is("—") || t.is("–") || t.is("-");
  }

  /** "Department of Education", "Centre for Agrarian Policy": an organisation's head word followed by "of" or "for". */
  private boolean isOrganizationName(int i, int end) {
    for (int k = i; k + 1 < end; k++) {
      if ((on(k, WordList.ORGANIZATION_HEAD) || on(k, WordList.ORGANIZATION_START)) && (tokens[k + 1].is("of") || tokens[k + 1].is("for"))) {
        return true;
      }
    }
    return false;
  }

  private boolean joinedByAmpersand(int i, int end) {
    for (int k = i + 1; k < end - 1; k++) {
      if (tokens[k].is("&")) {
        return true;
      }
    }
    return false;
  }

  /** "Hou Yu-ih", "Choi Sang-mok": a family name and a hyphenated given name, romanised. */
  private boolean isRomanisedName(int i, int end) {
    return end - i == 4 && tokens[i + 2].is("-") && !tokens[i + 3].isCapitalized();
  }

  /** The end of a run of capitalised words, joined by connectors ("bin", "de", "of the"). */
  private int sequenceEnd(int i) {
    if (sequenceEnds[i] == 0) {
      sequenceEnds[i] = findSequenceEnd(i);
    }
    return sequenceEnds[i];
  }

  private int findSequenceEnd(int i) {
    int end = runEnd(i, true);
    int throughTitles = runEnd(i, false);
    // A title word ends a name ("Fed Chair Jerome Powell") unless the run goes on to an
    // organisation's head ("North Carolina General Assembly").
    return throughTitles > end && on(throughTitles - 1, WordList.ORGANIZATION_HEAD) ? throughTitles : end;
  }

  private int runEnd(int i, boolean titlesStop) {
    int end = i + 1;
    while (end < tokens.length && adjacentWords(end - 1, end)) {
      Token t = tokens[end];
      Token previous = tokens[end - 1];
      boolean nextCapitalized = end + 1 < tokens.length && adjacentWords(end, end + 1) && tokens[end + 1].isCapitalized();
      if (t.isWord() && t.isCapitalized() && !(titlesStop && isPersonTitle(end))
          && (!on(end, WordList.NEVER_NAME) || romanisedSyllableFollows(end))) {
        end++;
      } else if (t.is("&") && nextCapitalized) {
        end += 2; // "Bergmann & Roth", "Procter & Gamble"
      } else if (t.is("and") && nextCapitalized && (andJoins(end + 1, titlesStop) || joinsTitleCasePhrase(i, end))) {
        end = runEnd(end + 1, titlesStop); // "Food and Drug Administration"
      } else if (t.is("for") && nextCapitalized && on(end - 1, WordList.ORGANIZATION_HEAD)) {
        end += 2; // "Centre for Agrarian Policy", "Committee for Medicinal Products"
      } else if (t.is("of") && nextCapitalized && ofJoins(end - 1, i) && !startsPersonName(end + 1)) {
        end += 2; // "Bank of England", "Gulf of Aden", not "Warren of Massachusetts"
      } else if (!t.is("of") && (on(end, WordList.NAME_CONNECTOR) || t.is("-")) && nextCapitalized) {
        end += 2;
      } else if (t.is("-") && end + 1 < tokens.length && isNameSyllable(end + 1)) {
        end += 2; // "Tsai Ing-wen", "Hou Yu-ih"
      } else {
        break;
      }
    }
    return end;
  }

  /** "Akhilesh Yadav" in "Samajwadi Party of Akhilesh Yadav", not "Marine Resources": a given name, then a name that is no word. */
  private boolean startsPersonName(int k) {
    return lowerCase.isGivenName(k) && k + 1 < tokens.length && adjacentWords(k, k + 1)
        && tokens[k + 1].isCapitalized() && !lowerCase.isCommonWord(k + 1);
  }

  /**
   * "Office of Management and Budget", "Department of Housing and Urban Development": after an "of"
   * inside the name, "and" between two capitalised common words joins them; "Bank of England and
   * Barclays" stays two names.
   */
  private boolean joinsTitleCasePhrase(int start, int and) {
    boolean afterOf = false;
    for (int k = start + 1; k < and - 1 && !afterOf; k++) {
      afterOf = tokens[k].is("of");
    }
    return afterOf && lowerCase.isCommonWord(and - 1) && lowerCase.isCommonWord(and + 1);
  }

  /** "and" joins two runs into one name when the second ends in an organisation's head word. */
  private boolean andJoins(int next, boolean titlesStop) {
    int end = runEnd(next, titlesStop);
    return on(end - 1, WordList.ORGANIZATION_HEAD);
  }

  private boolean ofJoins(int before, int first) {
    return on(before, WordList.ORGANIZATION_HEAD) || on(first, WordList.ORGANIZATION_START) || on(before, WordList.LOCATION_HEAD);
  }

  /** "An-su" in "Park An-su": a word that never starts a name is a syllable of one when a hyphenated syllable follows. */
  private boolean romanisedSyllableFollows(int k) {
    return k + 2 < tokens.length && tokens[k + 1].is("-") && isNameSyllable(k + 2);
  }

  /** A short lower-case syllable glued to a capitalised one by a hyphen, as in romanised names. */
  private boolean isNameSyllable(int k) {
    Token t = tokens[k];
    return t.isWord() && !t.isCapitalized() && t.text().length() <= 4 && t.start() == tokens[k - 1].end()
        && tokens[k - 1].start() == tokens[k - 2].end() && !on(k, WordList.HYPHEN_ATTACHMENT);
  }

  private boolean adjacentWords(int a, int b) {
    int gapStart = tokens[a].end();
    int gap = tokens[b].start() - gapStart;
    return gap == 0 || gap == 1 && text.charAt(gapStart) == ' ';
  }

  private boolean followedByBased(int end) {
    return end + 1 < tokens.length && tokens[end].is("-") && tokens[end + 1].is("based");
  }

  /**
   * An acronym naming something: three to seven capitals, not a word of the trade ("GDP"), and not
   * one the text defined for a plain phrase ("primary sclerosing cholangitis (PSC)").
   */
  private boolean isNameAcronym(int k) {
    String word = tokens[k].text();
    return word.length() >= 3 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase)
        && !on(k, WordList.COMMON_ACRONYM) && !plainAcronyms.contains(word)
        && !lowerCase.isCommonWord(k); // "ARBOR" is a word in capitals
  }

  /** Acronyms the text defines for lower-case phrases: "primary sclerosing cholangitis (PSC)". */
  private Set<String> plainAcronyms() {
    Set<String> plain = new java.util.HashSet<>();
    for (int k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k].is("(") && tokens[k + 2].is(")") && tokens[k + 1].text().chars().allMatch(Character::isUpperCase)) {
        String acronym = tokens[k + 1].text();
        int words = acronym.length();
        boolean lowerPhrase = k - words >= 0;
        for (int w = k - words; lowerPhrase && w < k; w++) {
          Token t = tokens[w];
          lowerPhrase = t.isWord() && !t.isCapitalized() && Character.toUpperCase(t.text().charAt(0)) == acronym.charAt(w - (k - words));
        }
        if (lowerPhrase) {
          plain.add(acronym);
        }
      }
    }
    return plain;
  }

  /**
   * An acronym in brackets after a name may be longer than one in running text: the brackets say
   * what it is ("Ghana Cocoa Board (COCOBOD)", "(MINUSMA)").
   */
  private static boolean isBracketedAcronym(String word) {
    return isCapitalsUpTo(word, 9);
  }

  private static boolean isAcronym(String word) {
    return isCapitalsUpTo(word, 6);
  }

  /** Two to {@code most} characters, all capitals or periods. */
  private static boolean isCapitalsUpTo(String word, int most) {
    return word.length() >= 2 && word.length() <= most && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private boolean isPersonTitle(int i) {
    return on(i, WordList.PERSON_TITLE);
  }

  private boolean on(int k, WordList list) {
    return facts[k].isOn(list);
  }

  /** Whether the words of tokens {@code i} to {@code end} are all common words or name connectors: "New Approach". */
  private boolean allCommonWords(int i, int end) {
    for (int k = i; k < end; k++) {
      if (tokens[k].isWord() && !lowerCase.isCommonWord(k) && !on(k, WordList.NAME_CONNECTOR)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCase(String w, int from) {
    for (int k = from; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Known names inside a run of Chinese or Japanese text, longest first, left to right. */
  private void addCjkNames(Token token) {
    String run = token.text();
    int at = 0;
    while (at < run.length()) {
      int found = 0;
      for (int length = Math.min(names.longestCjkName(), run.length() - at); length >= 2 && found == 0; length--) {
        List<KnowledgeBase.Entry> entries = names.namedCjk(run.substring(at, at + length));
        if (!entries.isEmpty()) {
          KnowledgeBase.Entry entry = entries.get(0);
          int start = token.start() + at;
          mentions.add(new Mention(start, start + length, run.substring(at, at + length), entry.type(), entry.id()));
          entriesById.put(entry.id(), entry);
          found = length;
        }
      }
      at += Math.max(found, 1);
    }
  }

  private String slug(String name) {
    return slugs.computeIfAbsent(name, Slugs::slug);
  }

  // ---- recording ----

  private void add(int i, Found found) {
    Token first = tokens[i];
    Token last = tokens[found.endToken() - 1];
    String surface = text.substring(first.start(), last.end());
    mentions.add(new Mention(first.start(), last.end(), surface, found.type(), found.entityId()));
    names.get(found.entityId()).ifPresent(e -> entriesById.put(e.id(), e));
    if (found.type() == EntityType.PERSON && found.endToken() - i > 1) {
      Resolved person = new Resolved(EntityType.PERSON, found.entityId());
      Token beforeLast = tokens[found.endToken() - 2];
      // The first person of a surname keeps it: "Sara Duterte" after "Rodrigo Duterte" is named in full.
      if (surnameFirst(i, found)) {
        introduced.putIfAbsent(first.text(), person);
      } else if (!beforeLast.is("-") && !on(found.endToken() - 2, WordList.NAME_CONNECTOR)) {
        introduced.putIfAbsent(last.text(), person); // not "Houthi" of "al-Houthi": the particle belongs to it
        if (found.endToken() - i >= 3 && beforeLast.isWord() && beforeLast.isCapitalized()) {
          introduced.putIfAbsent(beforeLast.text() + " " + last.text(), person); // "López Obrador"
          pairStarts.add(beforeLast.text());
        }
      }
    }
    defineAcronym(found);
    if (found.type() == EntityType.ORGANIZATION && found.endToken() - i >= 3) {
      initials(i, found.endToken()).forEach(acronym -> introduced.putIfAbsent(acronym, new Resolved(EntityType.ORGANIZATION, found.entityId())));
    }
    if (found.type() == EntityType.ORGANIZATION && found.endToken() - i >= 2) {
      // "European Commission" is then "the Commission", "House of Representatives" "the House".
      int headToken = on(found.endToken() - 1, WordList.ORGANIZATION_HEAD) ? found.endToken() - 1
          : i + 1 < found.endToken() && tokens[i + 1].is("of") ? i : -1;
      String head = headToken < 0 ? null : tokens[headToken].text();
      if (head != null && !lowerCase.isCommonWord(headToken) || "House".equals(head) || "Commission".equals(head)
          || "Congress".equals(head) || "Senate".equals(head) || "Union".equals(head) || "Parliament".equals(head)) {
        introduced.putIfAbsent(head, new Resolved(EntityType.ORGANIZATION, found.entityId()));
      }
    }
    if (found.type() == EntityType.ORGANIZATION && found.endToken() - i >= 2 && names.get(found.entityId()).isEmpty()
        && first.isCapitalized() && allOrganizationHeads(i + 1, found.endToken())
        && knownAt(i, false) == null && !facts[i].isDemonym()
        && !on(i, WordList.PLACE_START) && !lowerCase.isCommonWord(i)) {
      // "Corvana Therapeutics" is then "Corvana", "Hawthorne Elementary School" "Hawthorne".
      introduced.putIfAbsent(first.text(), new Resolved(EntityType.ORGANIZATION, found.entityId()));
    }
  }

  private boolean allOrganizationHeads(int from, int end) {
    for (int k = from; k < end; k++) {
      if (!on(k, WordList.ORGANIZATION_HEAD)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Chinese, Korean and Vietnamese names put the family name first ("Lai Ching-te" is "Lai"): a
   * hyphenated given name shows it, and so does a known person from those countries.
   */
  private boolean surnameFirst(int i, Found found) {
    for (int k = i + 1; k < found.endToken(); k++) {
      if (tokens[k].is("-") && !tokens[k + 1].isCapitalized()) {
        return true;
      }
    }
    return names.get(found.entityId())
        .map(e -> SURNAME_FIRST_COUNTRIES.contains(e.country()))
        .orElse(false);
  }

  /**
   * The acronyms a name's initials spell, with and without its small words: "Oregon Department of
   * Transportation" is ODOT or ODT. Three letters at least, so that few words make one by chance.
   */
  private List<String> initials(int i, int end) {
    StringBuilder all = new StringBuilder();
    StringBuilder capitals = new StringBuilder();
    for (int k = i; k < end; k++) {
      Token t = tokens[k];
      if (t.isWord()) {
        char c = Character.toUpperCase(t.text().charAt(0));
        all.append(c);
        if (t.isCapitalized()) {
          capitals.append(c);
        }
      }
    }
    List<String> acronyms = new ArrayList<>(2);
    for (StringBuilder b : List.of(all, capitals)) {
      if (b.length() >= 3 && !acronyms.contains(b.toString())) {
        acronyms.add(b.toString());
      }
    }
    return acronyms;
  }

  /** "Integrated Food Security Phase Classification (IPC)": a name its bracketed acronym spells out. */
  private boolean spelledOutBeforeAcronym(int i, int end) {
    if (end + 2 >= tokens.length || !tokens[end].is("(") || !tokens[end + 2].is(")")) {
      return false;
    }
    String acronym = tokens[end + 1].text();
    if (!isAcronym(acronym) || acronym.length() < 3 || acronym.charAt(0) != Character.toUpperCase(tokens[i].text().charAt(0))) {
      return false;
    }
    List<String> spelled = initials(i, end);
    String letters = spelled.isEmpty() ? "" : spelled.get(0);
    return acronym.chars().allMatch(c -> letters.indexOf(c) >= 0);
  }

  /** "Islamic Revolutionary Guard Corps (IRGC)": the bracketed acronym names the same entity. */
  private void defineAcronym(Found found) {
    int j = found.endToken();
    if (j + 2 < tokens.length && tokens[j].is("(") && tokens[j + 2].is(")")
        && isBracketedAcronym(tokens[j + 1].text()) && found.type() != EntityType.PERSON) {
      introduced.put(tokens[j + 1].text(), new Resolved(found.type(), found.entityId()));
    }
  }

  /**
   * Marks the tokens of heading-like paragraphs ("What Happened:", "The Details"): short lines in
   * title case, where capitals say nothing about names. Only known names are taken there.
   */
  private boolean[] headings() {
    boolean[] marks = new boolean[tokens.length];
    int start = 0;
    while (start < tokens.length) {
      int end = start;
      while (end + 1 < tokens.length && !Tokenizer.newlineBetween(text, tokens[end].end(), tokens[end + 1].start())) {
        end++;
      }
      if (isHeading(start, end)) {
        Arrays.fill(marks, start, end + 1, true);
      }
      start = end + 1;
    }
    return marks;
  }

  /** Whether tokens {@code start} to {@code end} (inclusive), a line, are a short title-case line that is not a sentence. */
  private boolean isHeading(int start, int end) {
    if (tokens[end].is(".")) {
      return false;
    }
    int words = 0;
    for (int k = start; k <= end; k++) {
      Token t = tokens[k];
      if (t.isWord()) {
        if (++words > 8 || !t.isCapitalized() && t.text().length() > 3) {
          return false;
        }
      }
    }
    return true;
  }
}
