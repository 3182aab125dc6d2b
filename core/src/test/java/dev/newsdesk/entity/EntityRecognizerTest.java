package dev.newsdesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

  /** Every mention's offsets cut exactly its text out of the input, in order, without overlap. */
  static Recognition checked(EntityRecognizer recognizer, String text) {
    Recognition r = recognizer.recognise(text);
    int previousEnd = 0;
    for (Mention m : r.mentions()) {
      assertEquals(m.text(), text.substring(m.start(), m.end()), m.toString());
      assertTrue(m.start() >= previousEnd, "overlap or disorder at " + m);
      assertTrue(r.entity(m.entityId()).isPresent(), "no entity for " + m);
      previousEnd = m.end();
    }
    return r;
  }

  static Optional<Mention> mention(Recognition r, String text) {
    return r.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
  }

  static Optional<Mention> mention(Recognition r, String text, int after) {
    return r.mentions().stream().filter(m -> m.text().equals(text) && m.start() >= after).findFirst();
  }

  /** Rules proven on a small base, independent of the shipped data. */
  @Nested
  class Rules {
    private final KnowledgeBase base = KnowledgeBase.of(List.of(
        new KnowledgeBase.Entry("iraq", EntityType.LOCATION, "Iraq", List.of(), List.of("Iraqi", "Iraqis"), "iraq", "", "", List.of(), 45_000_000),
        new KnowledgeBase.Entry("iran", EntityType.LOCATION, "Iran", List.of(), List.of("Iranian", "Iranians"), "iran", "", "", List.of(), 89_000_000),
        new KnowledgeBase.Entry("austin-texas", EntityType.LOCATION, "Austin", List.of("Austin, Texas"), List.of(), "united-states", "", "", List.of(), 970_000),
        new KnowledgeBase.Entry("texas", EntityType.LOCATION, "Texas", List.of(), List.of(), "united-states", "", "", List.of(), 30_000_000),
        new KnowledgeBase.Entry("lloyd-austin", EntityType.PERSON, "Lloyd Austin", List.of("Lloyd J. Austin"), List.of(), "united-states", "", "", List.of(), 0),
        KnowledgeBase.Entry.of("islamic-state", EntityType.ORGANIZATION, "Islamic State", "ISIS", "ISIL"),
        new KnowledgeBase.Entry("south-korea", EntityType.LOCATION, "South Korea", List.of(), List.of("South Korean", "South Koreans"), "south-korea", "", "", List.of(), 51_700_000),
        new KnowledgeBase.Entry("north-korea", EntityType.LOCATION, "North Korea", List.of(), List.of("North Korean", "North Koreans"), "north-korea", "", "", List.of(), 26_000_000),
        new KnowledgeBase.Entry("sri-lanka", EntityType.LOCATION, "Sri Lanka", List.of(), List.of("Sri Lankan", "Sri Lankans"), "sri-lanka", "", "", List.of(), 22_000_000),
        new KnowledgeBase.Entry("costa-rica", EntityType.LOCATION, "Costa Rica", List.of(), List.of("Costa Rican", "Costa Ricans"), "costa-rica", "", "", List.of(), 5_200_000)));
    private final EntityRecognizer recognizer = EntityRecognizer.create(base);

    @Test
    void linksTitledAndBareSurnamesToTheEarlierFullName() {
      String text = "Defense Secretary Lloyd Austin spoke on Monday. Later, Defense Secretary Austin said the"
          + " talks would go on, and Mr. Austin flew home.";
      Recognition r = checked(recognizer, text);
      List<Mention> austin = r.mentionsOf("lloyd-austin");
      assertEquals(List.of("Lloyd Austin", "Austin", "Austin"), austin.stream().map(Mention::text).toList());
      assertTrue(austin.stream().allMatch(m -> m.type() == EntityType.PERSON));
      assertFalse(r.entity("austin-texas").isPresent());
    }

    @Test
    void aRomanisedGivenNameKeepsItsHyphenatedSyllables() {
      Recognition r = checked(recognizer, "Seoul's mayor met Park An-su and Hou Yu-ih on Tuesday, an aide said.");
      assertEquals(EntityType.PERSON, mention(r, "Park An-su").orElseThrow().type());
      assertEquals(EntityType.PERSON, mention(r, "Hou Yu-ih").orElseThrow().type());
      assertFalse(mention(r, "Park").isPresent());
    }

    @Test
    void aRomanceHeadWordStartsACapitalisedOrganisationName() {
      Recognition r = checked(recognizer, "El proyecto pasó a la Cámara de Diputados, donde el Partido Verde votó a favor.");
      assertEquals(EntityType.ORGANIZATION, mention(r, "Cámara de Diputados").orElseThrow().type());
      assertEquals(EntityType.ORGANIZATION, mention(r, "Partido Verde").orElseThrow().type());
    }

    @Test
    void aPersonNamedAfterARomanceHeadWordIsNotPartOfAnOrganisation() {
      Recognition r = checked(recognizer, "Il presidente del Consiglio Giorgia Meloni ha parlato ieri sera.");
      assertFalse(r.mentions().stream().anyMatch(m -> m.text().startsWith("Consiglio")), r.mentions().toString());
    }

    @Test
    void andJoinsTitleCaseCommonWordsAfterOfButNotTwoNames() {
      Recognition r = checked(recognizer, "The Office of Management and Budget said so. The Bank of England and Barclays cut rates.");
      assertEquals(EntityType.ORGANIZATION, mention(r, "Office of Management and Budget").orElseThrow().type());
      assertFalse(mention(r, "Bank of England and Barclays").isPresent(), r.mentions().toString());
    }

    @Test
    void aPlaceQualifierMakesAustinTheCity() {
      Recognition r = checked(recognizer, "Lloyd Austin grew up far from the capital. The company moved to Austin, Texas, last year.");
      Mention city = mention(r, "Austin", 20).orElseThrow();
      assertEquals("austin-texas", city.entityId());
      assertEquals(EntityType.LOCATION, city.type());
    }

    @Test
    void findsGroupPhrasesWithAStableIdFromTheirWords() {
      Recognition r = checked(recognizer, "Shiite militias and Iran-backed militants attacked bases, while Iraqi defense forces and Sunni tribes held the line.");
      for (String group : List.of("Shiite militias", "Iran-backed militants", "Iraqi defense forces", "Sunni tribes")) {
        Mention m = mention(r, group).orElseThrow(() -> new AssertionError(group + " not found in " + r.mentions()));
        assertEquals(EntityType.GROUP, m.type());
        assertEquals(group.toLowerCase(Locale.ROOT).replace(' ', '-'), m.entityId());
      }
    }

    @Test
    void groupsEndInTheGuidelinesCollectiveNounsOnly() {
      Recognition r = checked(recognizer, "Opposition lawmakers walked out. Uyghur activists protested, Iraqi hostages were freed"
          + " and opposition parties called for a debate.");
      assertEquals(EntityType.GROUP, mention(r, "Opposition lawmakers").orElseThrow(() -> new AssertionError(r.mentions())).type());
      assertTrue(r.mentions().stream().noneMatch(m -> m.type() == EntityType.GROUP && !m.text().equals("Opposition lawmakers")),
          r.mentions().toString());
    }

    @Test
    void aDemonymBeforeGovernmentNamesThatGovernment() {
      Recognition r = checked(recognizer, "The Iraqi government is under pressure from the Iranian government.");
      assertEquals("government-of-iraq", mention(r, "Iraqi government").orElseThrow().entityId());
      assertEquals(EntityType.ORGANIZATION, mention(r, "Iranian government").orElseThrow().type());
    }

    @Test
    void demonymsOfTwoWordsOpenGroupsAndGovernmentsAndNameNoOne() {
      Recognition r = checked(recognizer, "South Korean farmers blocked the road. A Sri Lankan was among the injured,"
          + " Costa Rican officials said, and the North Korean government denied it.");
      assertEquals("south-korean-farmers", mention(r, "South Korean farmers").orElseThrow(() -> new AssertionError(r.mentions())).entityId());
      assertEquals(EntityType.GROUP, mention(r, "Costa Rican officials").orElseThrow(() -> new AssertionError(r.mentions())).type());
      assertEquals("government-of-north-korea", mention(r, "North Korean government").orElseThrow(() -> new AssertionError(r.mentions())).entityId());
      assertTrue(r.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON), r.mentions().toString());
    }

    @Test
    void splitsHyphenatedCompoundsIntoTheirNames() {
      Recognition r = checked(recognizer, "The Iraq-Iran border stayed closed.");
      assertTrue(mention(r, "Iraq").isPresent() && mention(r, "Iran").isPresent(), r.mentions().toString());
    }

    @Test
    void typesUnseenNamesByTheirCues() {
      Recognition r = checked(recognizer, "Gen. Michael Kurilla met officials of the Kataib Sayyid al-Shuhada Brigades in Basra,"
          + " while the Ministry of Water Resources stayed silent.");
      assertEquals(EntityType.PERSON, mention(r, "Michael Kurilla").orElseThrow().type());
      assertEquals(EntityType.LOCATION, mention(r, "Basra").orElseThrow().type());
      assertEquals(EntityType.ORGANIZATION, mention(r, "Ministry of Water Resources").orElseThrow().type());
      assertEquals("michael-kurilla", mention(r, "Michael Kurilla").orElseThrow().entityId());
    }

    @Test
    void linksAnAcronymTheTextDefines() {
      Recognition r = checked(recognizer, "The Popular Mobilization Forces (PMF) denied it. A PMF commander said so.");
      String id = mention(r, "Popular Mobilization Forces").orElseThrow().entityId();
      assertEquals(id, mention(r, "PMF", 40).orElseThrow().entityId());
    }

    @Test
    void sentenceInitialCommonWordsAndMonthsAreNotNames() {
      Recognition r = checked(recognizer, "Currently, talks are set for March. In May, ISIS struck again.");
      assertEquals(List.of("ISIS"), r.mentions().stream().map(Mention::text).toList());
      assertEquals("islamic-state", r.mentions().get(0).entityId());
    }

    @Test
    void countsMentionsAndRanksSalience() {
      Recognition r = checked(recognizer, "Iraq and Iran talked. Iraq said yes. Iraq said no.");
      Entity iraq = r.entities().get(0);
      assertEquals("iraq", iraq.id());
      assertEquals(3, iraq.mentions());
      assertEquals(1.0, iraq.salience());
      assertTrue(r.entity("iran").orElseThrow().salience() < 1.0);
    }

    @Test
    void theHostCanTeachItItsOwnEntities() {
      EntityRecognizer taught = EntityRecognizer.create(base.with(
          KnowledgeBase.Entry.of("acme-shipping", EntityType.ORGANIZATION, "Acme Shipping", "Acme")));
      Recognition r = checked(taught, "Acme rerouted its ships around the Cape.");
      assertEquals("acme-shipping", mention(r, "Acme").orElseThrow().entityId());
    }

    @Test
    void aTitleKeepsAGivenNameAndAPlaceNamedSurnameTogether() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          new KnowledgeBase.Entry("warren-michigan", EntityType.LOCATION, "Warren", List.of(), List.of(), "united-states", "", "", List.of(), 140_000)));
      Recognition found = checked(r, "Democrats, including Senator Elizabeth Warren of Texas, objected.");
      Mention warren = mention(found, "Elizabeth Warren").orElseThrow(() -> new AssertionError(found.mentions()));
      assertEquals(EntityType.PERSON, warren.type());
    }

    @Test
    void aKnownNameStartingWithTheDoesNotCutALongerNameShort() {
      EntityRecognizer r = EntityRecognizer.create(base.with(KnowledgeBase.Entry.of("the-national", EntityType.ORGANIZATION, "The National")));
      Recognition found = checked(r, "The National Hurricane Center in Texas tracked the storm.");
      assertEquals(EntityType.ORGANIZATION, mention(found, "National Hurricane Center").orElseThrow(() -> new AssertionError(found.mentions())).type());
      assertFalse(found.entity("the-national").isPresent());
    }

    @Test
    void ampersandsAndAndsJoinOrganisationNames() {
      EntityRecognizer r = EntityRecognizer.create(base.with(new KnowledgeBase.Entry("food-and-drug-administration",
          EntityType.ORGANIZATION, "Food and Drug Administration", List.of("FDA"), List.of(), "united-states", "", "", List.of(), 0),
          new KnowledgeBase.Entry("united-states", EntityType.LOCATION, "United States", List.of("U.S."), List.of(), "united-states", "", "", List.of(), 0)));
      Recognition found = checked(r, "A lawyer at Bergmann & Roth said the U.S. Food and Drug Administration and the Pharmaceuticals and Medical Devices Agency agreed.");
      assertEquals(EntityType.ORGANIZATION, mention(found, "Bergmann & Roth").orElseThrow(() -> new AssertionError(found.mentions())).type());
      assertEquals("food-and-drug-administration", mention(found, "U.S. Food and Drug Administration").orElseThrow().entityId());
      assertEquals(EntityType.ORGANIZATION, mention(found, "Pharmaceuticals and Medical Devices Agency").orElseThrow().type());
    }

    @Test
    void typesUnseenPlacesByTheWordsAroundThem() {
      Recognition found = checked(recognizer, "Rebels retook Kidal, the northern stronghold of the region. They killed 500 people in the"
          + " central town of Moura, cut the road over Lane County farms, and shelled Iraq and Tal Afar.");
      for (String place : List.of("Kidal", "Moura", "Lane County", "Tal Afar")) {
        Mention m = mention(found, place).orElseThrow(() -> new AssertionError(place + " not found in " + found.mentions()));
        assertEquals(EntityType.LOCATION, m.type(), place);
      }
    }

    @Test
    void typesUnseenPeopleByHowNewsQuotesThem() {
      Recognition found = checked(recognizer, "“It is over,” said Efua Mensah-Bonsu of the Centre for Agrarian Policy. Ibáñez, 54, made"
          + " his fortune in shipping. Farhan Qureshi, a 34-year-old weaver, voted.");
      for (String person : List.of("Efua Mensah-Bonsu", "Ibáñez", "Farhan Qureshi")) {
        Mention m = mention(found, person).orElseThrow(() -> new AssertionError(person + " not found in " + found.mentions()));
        assertEquals(EntityType.PERSON, m.type(), person);
      }
      assertEquals(EntityType.ORGANIZATION, mention(found, "Centre for Agrarian Policy").orElseThrow().type());
    }

    @Test
    void aCommonWordOpeningASentenceIsNotPartOfTheNameAfterIt() {
      Recognition found = checked(recognizer, "Gen. Michael Kurilla met them. Even Kurilla’s aides were surprised.");
      assertEquals(List.of("Michael Kurilla", "Kurilla"), found.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void anAcronymLinksToTheNameItsInitialsSpell() {
      Recognition r = checked(recognizer, "The Oregon Department of Transportation will close the bridge. ODOT engineers said so."
          + " The Integrated Food Security Phase Classification (IPC) warned of famine, and the IPC said it again.");
      assertEquals(mention(r, "Oregon Department of Transportation").orElseThrow().entityId(), mention(r, "ODOT").orElseThrow().entityId());
      Mention ipc = mention(r, "Integrated Food Security Phase Classification").orElseThrow(() -> new AssertionError(r.mentions()));
      assertEquals(EntityType.ORGANIZATION, ipc.type());
      assertEquals(ipc.entityId(), mention(r, "IPC", 100).orElseThrow().entityId());
    }

    @Test
    void theFirstPersonOfASurnameKeepsIt() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          KnowledgeBase.Entry.of("rodrigo-duterte", EntityType.PERSON, "Rodrigo Duterte"),
          KnowledgeBase.Entry.of("sara-duterte", EntityType.PERSON, "Sara Duterte")));
      Recognition found = checked(r, "Rodrigo Duterte was flown out. His daughter, Sara Duterte, objected. Duterte is expected to appear.");
      assertEquals("rodrigo-duterte", mention(found, "Duterte", 60).orElseThrow().entityId());
      assertEquals("sara-duterte", mention(found, "Sara Duterte").orElseThrow().entityId());
    }

    @Test
    void anInstitutionNamedAlikeInManyCountriesIsTheTextsCountrys() {
      KnowledgeBase senates = base.with(
          new KnowledgeBase.Entry("united-states", EntityType.LOCATION, "United States", List.of(), List.of(), "united-states", "", "", List.of(), 335_000_000),
          new KnowledgeBase.Entry("france", EntityType.LOCATION, "France", List.of(), List.of(), "france", "", "", List.of(), 68_000_000),
          new KnowledgeBase.Entry("paris", EntityType.LOCATION, "Paris", List.of(), List.of(), "france", "", "", List.of(), 2_100_000),
          new KnowledgeBase.Entry("united-states-senate", EntityType.ORGANIZATION, "United States Senate", List.of("Senate"), List.of(), "united-states", "", "", List.of(), 0),
          new KnowledgeBase.Entry("senate-france", EntityType.ORGANIZATION, "French Senate", List.of("Senate"), List.of(), "france", "", "", List.of(), 0));
      EntityRecognizer r = EntityRecognizer.create(senates);
      assertEquals("senate-france", mention(checked(r, "In Paris, the Senate voted. France will appeal."), "Senate").orElseThrow().entityId());
      assertEquals("united-states-senate", mention(checked(r, "The Senate voted on Tuesday."), "Senate").orElseThrow().entityId());
    }

    @Test
    void aPlaceDwarfedByItsNamesakeIsNotChosenForTheTextsCountry() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          new KnowledgeBase.Entry("ontario", EntityType.LOCATION, "Ontario", List.of(), List.of(), "canada", "", "", List.of(), 15_600_000),
          new KnowledgeBase.Entry("ontario-california", EntityType.LOCATION, "Ontario", List.of(), List.of(), "united-states", "", "", List.of(), 171_000),
          new KnowledgeBase.Entry("birmingham", EntityType.LOCATION, "Birmingham", List.of(), List.of(), "united-kingdom", "", "", List.of(), 1_150_000),
          new KnowledgeBase.Entry("birmingham-alabama", EntityType.LOCATION, "Birmingham", List.of(), List.of(), "united-states", "", "", List.of(), 196_000),
          new KnowledgeBase.Entry("north-carolina", EntityType.LOCATION, "North Carolina", List.of(), List.of(), "united-states", "", "", List.of(), 10_800_000)));
      Recognition found = checked(r, "Crews from Ontario reached North Carolina. More came from Birmingham. North Carolina thanked them.");
      assertEquals("ontario", mention(found, "Ontario").orElseThrow().entityId());
      assertEquals("birmingham-alabama", mention(found, "Birmingham").orElseThrow().entityId());
    }

    @Test
    void aDemonymAndALowerCaseMinistryNameTheMinistryTheBaseKnows() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          new KnowledgeBase.Entry("iran", EntityType.LOCATION, "Iran", List.of(), List.of("Iranian", "Iranians"), "iran", "", "", List.of(), 89_000_000),
          new KnowledgeBase.Entry("ministry-of-foreign-affairs-iran", EntityType.ORGANIZATION, "Iranian Ministry of Foreign Affairs",
              List.of("Iranian Foreign Ministry"), List.of(), "iran", "", "", List.of(), 0)));
      Recognition found = checked(r, "A spokesman for the Iranian foreign ministry said talks would resume; the Iranian health ministry did not comment.");
      assertEquals("ministry-of-foreign-affairs-iran", mention(found, "Iranian foreign ministry").orElseThrow().entityId());
      assertFalse(mention(found, "Iranian health ministry").isPresent());
    }

    @Test
    void aLongBracketedAcronymAndTheFirstWordOfAnUnseenSchoolNameTheOrganisationAgain() {
      EntityRecognizer r = EntityRecognizer.create(base);
      Recognition found = checked(r, "Figures from the Ghana Cocoa Board (COCOBOD) show a fall. Farmers blame COCOBOD for it. "
          + "The board voted to close Hawthorne Elementary School in June. Closing Hawthorne saves money.");
      assertEquals("ghana-cocoa-board", mention(found, "COCOBOD", 60).orElseThrow(() -> new AssertionError(found.mentions())).entityId());
      assertEquals("hawthorne-elementary-school",
          mention(found, "Hawthorne", 150).orElseThrow(() -> new AssertionError(found.mentions())).entityId());
    }

    @Test
    void aPartyNamePlusACollectiveNounIsTheParty() {
      EntityRecognizer r = EntityRecognizer.create(base.with(new KnowledgeBase.Entry("labour-party-uk", EntityType.ORGANIZATION,
          "Labour Party", List.of("Labour"), List.of(), "united-kingdom", "", "", List.of(), 0)));
      Recognition found = checked(r, "In Runcorn, Labour voters stayed home while Shiite militias clashed.");
      assertEquals(List.of("Labour", "Shiite militias"), found.mentions().stream().map(Mention::text).toList());
      assertEquals("labour-party-uk", mention(found, "Labour").orElseThrow().entityId());
    }

    @Test
    void adjectivesOfNationOrFaithAreNotPlaces() {
      EntityRecognizer r = EntityRecognizer.create(base.with(new KnowledgeBase.Entry("south-korea", EntityType.LOCATION, "South Korea",
          List.of(), List.of("South Korean", "South Koreans"), "south-korea", "", "", List.of(), 51_000_000)));
      Recognition found = checked(r, "South Korean President Yoon Suk Yeol spoke after killings in Alawite villages.");
      assertEquals(List.of("Yoon Suk Yeol"), found.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aKnownPersonNamedBySurnameAloneIsTheOneWhoHeldOffice() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          new KnowledgeBase.Entry("donald-trump", EntityType.PERSON, "Donald Trump", List.of(), List.of(), "united-states", "", "",
              List.of("President@united-states:2017-01-20/"), 0),
          KnowledgeBase.Entry.of("ivanka-trump", EntityType.PERSON, "Ivanka Trump"),
          KnowledgeBase.Entry.of("ahmed-al-sharaa", EntityType.PERSON, "Ahmed al-Sharaa")));
      Recognition found = checked(r, "The EU negotiates with the Trump administration, and al-Sharaa met envoys in May.");
      assertEquals("donald-trump", mention(found, "Trump").orElseThrow(() -> new AssertionError(found.mentions())).entityId());
      assertEquals("ahmed-al-sharaa", mention(found, "al-Sharaa").orElseThrow(() -> new AssertionError(found.mentions())).entityId());
      assertFalse(mention(found, "May").isPresent());
      Recognition titled = checked(r, "An adviser to President Trump traveled to Israel.");
      assertEquals("donald-trump", mention(titled, "Trump").orElseThrow(() -> new AssertionError(titled.mentions())).entityId());
    }

    @Test
    void findsPublicBodiesShopsAndShoutedPlaceNames() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          new KnowledgeBase.Entry("porto-alegre", EntityType.LOCATION, "Porto Alegre", List.of(), List.of(), "brazil", "", "", List.of(), 1_300_000),
          new KnowledgeBase.Entry("rio-grande", EntityType.LOCATION, "Rio Grande", List.of(), List.of(), "brazil", "", "", List.of(), 190_000)));
      Recognition found = checked(r, "PORTO ALEGRE (Globalwire) — Floods hit Rio Grande do Sul, said the Brackett Falls School District"
          + " and the owner of the Riverside Café. The Reform Party of Ross Perot won.");
      assertEquals("porto-alegre", mention(found, "PORTO ALEGRE").orElseThrow(() -> new AssertionError(found.mentions())).entityId());
      assertEquals(EntityType.LOCATION, mention(found, "Rio Grande do Sul").orElseThrow(() -> new AssertionError(found.mentions())).type());
      assertEquals(EntityType.ORGANIZATION, mention(found, "Brackett Falls School District").orElseThrow().type());
      assertEquals(EntityType.ORGANIZATION, mention(found, "Riverside Café").orElseThrow().type());
      assertEquals(EntityType.ORGANIZATION, mention(found, "Reform Party").orElseThrow(() -> new AssertionError(found.mentions())).type());
    }

    @Test
    void typesUnseenNewspapersByTheirTitleWord() {
      Recognition found = checked(recognizer, "The Northfield Ledger reported that the Evergreen Gazette and the Harbor Courier had closed.");
      for (String paper : List.of("Northfield Ledger", "Evergreen Gazette", "Harbor Courier")) {
        assertEquals(EntityType.ORGANIZATION, mention(found, paper).orElseThrow(() -> new AssertionError(found.mentions())).type());
      }
    }

    @Test
    void findsShoutedPlaceNamesThatOpenWithAShortWord() {
      EntityRecognizer r = EntityRecognizer.create(base.with(
          new KnowledgeBase.Entry("los-angeles", EntityType.LOCATION, "Los Angeles", List.of(), List.of(), "united-states", "", "", List.of(), 3_900_000),
          new KnowledgeBase.Entry("new-york-city", EntityType.LOCATION, "New York City", List.of(), List.of(), "united-states", "", "", List.of(), 8_300_000)));
      Recognition found = checked(r, "LOS ANGELES (Globalwire) — The council voted. NEW YORK CITY (Globalwire) — The mayor spoke."
          + " THE MAYOR SAID NOTHING.");
      assertEquals("los-angeles", mention(found, "LOS ANGELES").orElseThrow(() -> new AssertionError(found.mentions())).entityId());
      assertEquals("new-york-city", mention(found, "NEW YORK CITY").orElseThrow(() -> new AssertionError(found.mentions())).entityId());
      assertTrue(found.mentions().stream().noneMatch(m -> m.text().contains("MAYOR") || m.text().contains("THE")), found.mentions().toString());
    }

    @Test
    void findsGroupPhrasesInFrenchSpanishItalianPortugueseAndGerman() {
      Recognition found = checked(recognizer, "Les électeurs français ont voté. Los votantes mexicanos y los legisladores peronistas"
          + " hablaron. Gli elettori italiani e os deputados bolsonaristas. Deutsche Landwirte und grüne Abgeordnete protestierten,"
          + " diese Wähler nicht.");
      assertEquals(List.of("électeurs français", "votantes mexicanos", "legisladores peronistas", "elettori italiani",
          "deputados bolsonaristas", "Deutsche Landwirte", "grüne Abgeordnete"),
          found.mentions().stream().filter(m -> m.type() == EntityType.GROUP).map(Mention::text).toList());
      assertEquals("electeurs-francais", mention(found, "électeurs français").orElseThrow().entityId());
    }

    @Test
    void emptyTextHasNoMentions() {
      assertEquals(Recognition.EMPTY, recognizer.recognise(""));
    }
  }

  /** The shipped knowledge base on the seed article. */
  @Nested
  class SeedArticle {
    private final String text = seedBody();

    @Test
    void findsItsPeopleOrganisationsGroupsAndPlaces() {
      Recognition r = checked(EntityRecognizer.standard(), text);
      Mention lloyd = mention(r, "Lloyd Austin").orElseThrow();
      assertEquals(EntityType.PERSON, lloyd.type());
      int secretaryAustin = text.indexOf("Defense Secretary Austin") + "Defense Secretary ".length();
      Mention austin = mention(r, "Austin", secretaryAustin).orElseThrow();
      assertEquals(secretaryAustin, austin.start());
      assertEquals(lloyd.entityId(), austin.entityId());
      assertEquals(EntityType.PERSON, austin.type());
      assertEquals(EntityType.ORGANIZATION, mention(r, "Islamic State").orElseThrow().type());
      assertEquals(EntityType.GROUP, mention(r, "Shiite militias").orElseThrow().type());
      for (String place : List.of("Iraq", "Iran", "Afghanistan", "U.S.")) {
        assertEquals(EntityType.LOCATION, mention(r, place).orElseThrow(() -> new AssertionError(place)).type(), place);
      }
      assertEquals("united-states", mention(r, "U.S.").orElseThrow().entityId());
    }

    private static String seedBody() {
      try (InputStream in = EntityRecognizerTest.class.getResourceAsStream("/dev/newsdesk/seed-article.txt")) {
        String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return seed.substring(seed.indexOf("What Happened:"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
