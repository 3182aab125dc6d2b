package dev.newsdesk.internal.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists recognition rules consult: cue words written here, and the shipped lists of
 * given names and common English words.
 */
final class Lexicon {
  private Lexicon() {}

  /** Titles and roles that precede a person's name: "Defense Secretary Austin", "Gen. Kurilla". */
  static final Set<String> PERSON_TITLES =
      words("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Sen.", "Rep.", "Gov.",
          "Prof.", "Capt.", "Adm.", "Maj.", "Rev.", "Pres.", "Mr", "Mrs", "Ms", "Dr", "President",
          "Vice", "Prime", "Minister", "Secretary", "Senator", "Governor", "General", "Admiral",
          "Colonel", "Captain", "Chancellor", "King", "Queen", "Prince", "Princess", "Sheikh",
          "Ayatollah", "Pope", "Judge", "Justice", "Mayor", "Ambassador", "Commissioner",
          "Representative", "Speaker", "Chairman", "Chairwoman", "Chair", "Director", "Premier",
          "Emir", "Crown", "Sultan", "Rabbi", "Imam", "Cardinal", "Bishop", "Lieutenant",
          "Sergeant", "Commander", "Chief", "Leader", "Spokesman", "Spokeswoman", "Spokesperson",
          "Foreign", "Defense", "Defence", "State", "Interior", "Finance", "Treasury", "Deputy",
          "Attorney", "Monsieur", "Madame", "Herr", "Frau", "Señor", "Señora", "Dame", "Sir", "Lord",
          "Treasurer", "Superintendent", "Councilman", "Councilwoman", "Councillor", "Councilor", "Trustee", "Sheriff");

  /** Lower-case role nouns that, right before a capitalised name, mark a person: "spokesman John Kirby". */
  static final Set<String> PERSON_ROLES =
      words("spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary",
          "senator", "governor", "general", "chancellor", "ambassador", "mayor", "leader",
          "official", "commander", "director", "chairman", "chief", "envoy", "negotiator",
          "analyst", "professor", "researcher", "economist", "lawmaker", "activist", "resident",
          "farmer", "owner", "journalist", "reporter", "writer",
          "candidate", "premier", "dean", "coach", "founder", "ceo", "executive", "head", "pastor");

  /** Last words that make a capitalised sequence an organisation: "Defense Ministry", "Wagner Group". */
  static final Set<String> ORGANIZATION_HEADS =
      words("Ministry", "Department", "Party", "Council", "Inc.", "Inc", "Corp.", "Corp", "Ltd",
          "Ltd.", "LLC", "Co.", "University", "College", "Forces", "Brigades", "Brigade", "Front",
          "Agency", "Corporation", "Company", "Group", "Association", "Committee", "Bank",
          "Institute", "Army", "Navy", "Union", "Organization", "Organisation", "Fund",
          "Commission", "Court", "Parliament", "Assembly", "Guard", "Corps", "Movement", "Office",
          "Authority", "Administration", "Foundation", "Federation", "Alliance", "Coalition",
          "Service", "Services", "Bureau", "Board", "Police", "Network", "Times", "Post",
          "Journal", "News", "Press", "Gazette", "Herald", "Tribune", "Ledger", "Dispatch", "Chronicle",
          "Courier", "Inquirer", "Sentinel", "Examiner", "Observer", "Airlines", "Airways", "Energy", "Motors", "Systems",
          "Holdings", "Technologies", "Labs", "Centre", "Center", "Hospital", "School", "Club",
          "Senate", "Congress", "Cabinet", "Watch", "International", "Project", "Trust",
          "Initiative", "Society", "Church", "Caucus", "Command", "Militia", "Tribunal", "League",
          "Elementary", "Academy", "Therapeutics", "Pharmaceuticals", "Capital", "Partners",
          "Coalition", "Forum", "Council", "Mission", "Programme", "Program", "Temple", "Mosque",
          "Synagogue", "Cathedral", "Center", "Centre", "Hospital", "Consortium", "Securities", "Exchange",
          "Steelworkers", "Workers", "Schools", "Grange", "Café", "Cafe", "Restaurant", "Hotel", "Bakery",
          "Brewery", "Pharmacy");

  /** First words of organisation names: "Bank of England", "Ministry of Defence". */
  static final Set<String> ORGANIZATION_STARTS =
      words("Ministry", "Department", "Bank", "University", "Council", "Office", "Institute",
          "Federation", "Union", "Party", "Court", "Commission", "Committee", "Organization",
          "Organisation", "Board", "Agency", "Church", "Society", "Government", "House", "Senate");

  /** Last words that make a capitalised sequence a place: "Anbar Province", "Rafah Crossing". */
  static final Set<String> LOCATION_HEADS =
      words("Province", "District", "City", "County", "Region", "Valley", "River", "Mountains",
          "Mountain", "Island", "Islands", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Desert",
          "Peninsula", "Lake", "Coast", "Street", "Square", "Avenue", "Road", "Airport", "Port",
          "Crossing", "Camp", "Base", "Governorate", "Oblast", "State", "Territory", "Canal",
          "Heights", "Hills", "Park", "Bridge", "Highway", "Beach", "Territories", "Prefecture",
          "Peninsula", "Reservoir", "Falls", "Springs", "Creek", "Harbor", "Harbour", "Corridor",
          "Strip", "Bank", "Delta", "Plateau", "Basin", "Coast", "Lagoon", "Dam", "Isle", "Gorge", "Glacier",
          "Forest", "Canyon", "Archipelago", "Atoll", "Estuary");

  /** Words right before a name that suggest a place: "in Basra", "near Erbil". */
  static final Set<String> LOCATION_PREPOSITIONS = words("in", "near", "outside", "across", "into", "toward", "towards", "from", "to", "at");

  /**
   * Plural nouns naming a collective actor, the head of a GROUP phrase: "Shiite militias". The
   * closed list of the annotation guidelines (corpus/FIXTURES.md), with "protestors" beside
   * "protesters" and "members" for "service members": "Uyghur activists", "hostages", "opposition
   * parties" are not GROUPs.
   */
  static final Set<String> COLLECTIVE_NOUNS =
      words("militias", "militants", "forces", "troops", "soldiers", "fighters", "rebels",
          "insurgents", "tribes", "officials", "leaders", "lawmakers", "diplomats", "prisoners",
          "refugees", "protesters", "protestors", "voters", "workers", "farmers", "settlers",
          "clerics", "hardliners", "separatists", "extremists", "members");

  /**
   * Collective nouns of GROUP phrases in French, Spanish, Italian and Portuguese, where the
   * adjective follows ("électeurs français", "votantes mexicanos"), and in German, where it comes
   * first and the noun is capitalised ("deutsche Landwirte").
   */
  static final Set<String> FOREIGN_COLLECTIVE_NOUNS =
      words("militants", "soldats", "combattants", "rebelles", "électeurs", "dirigeants", "responsables", "députés",
          "manifestants", "travailleurs", "agriculteurs", "réfugiés", "prisonniers", "colons", "troupes", "élus",
          "syndicalistes", "diplomates", "votantes", "electores", "trabajadores", "funcionarios", "dirigentes",
          "legisladores", "diputados", "senadores", "manifestantes", "soldados", "militantes", "combatientes",
          "rebeldes", "agricultores", "campesinos", "refugiados", "presos", "líderes", "elettori", "lavoratori",
          "dirigenti", "funzionari", "manifestanti", "soldati", "militanti", "parlamentari", "deputati", "senatori",
          "agricoltori", "eleitores", "deputados", "trabalhadores", "funcionários", "Wähler", "Wählerinnen",
          "Landwirte", "Bauern", "Abgeordnete", "Abgeordneten", "Soldaten", "Demonstranten", "Politiker", "Arbeiter",
          "Beamte", "Flüchtlinge", "Kämpfer", "Rebellen", "Milizen", "Truppen", "Streitkräfte");

  /** Non-national modifiers of GROUP phrases: religions, sects, ethnicities, ideologies. */
  static final Set<String> GROUP_MODIFIERS =
      words("Shiite", "Shia", "Shi'ite", "Sunni", "Muslim", "Christian", "Jewish", "Hindu",
          "Buddhist", "Catholic", "Protestant", "Orthodox", "Alawite", "Druze", "Yazidi", "Kurdish",
          "Houthi", "Tuareg", "Uyghur", "Uighur", "Rohingya", "Pashtun", "Baloch", "Tamil", "Hazara",
          "Arab", "Berber", "Fulani", "Tigrayan", "Amhara", "Oromo", "Islamist", "Jihadist",
          "Salafist", "Maoist", "Communist", "Republican", "Democratic", "Conservative",
          "Liberal", "Royalist", "Zionist", "Bedouin", "Cossack", "Chechen", "Islamic", "Latino",
          "Latina", "Hispanic", "Black", "Indigenous", "Evangelical", "Amish", "Dalit", "Opposition",
          "jihadist", "islamist", "separatist", "militant", "rebel", "opposition", "pro-government",
          "ultra-Orthodox", "Western", "Arab", "Gulf", "African", "European", "Asian",
          "Latin", "Sunni-led", "Shiite-led");

  /** Lower-case words that may stand between a group's modifier and its noun: "Iraqi defense forces". */
  static final Set<String> GROUP_INNER_WORDS =
      words("defense", "defence", "security", "armed", "service", "government", "military",
          "special", "ground", "elite", "naval", "air", "paramilitary", "allied", "local", "senior",
          "top", "rebel", "militia", "tribal", "opposition", "border", "state", "regular", "federal",
          "police", "peacekeeping", "coalition", "intelligence", "health", "election", "trade",
          "finance", "foreign", "army", "navy", "political", "religious", "community", "party",
          "hardline", "former", "young", "student", "civilian");

  /** Participles that, after a hyphen, make a place's name modify a group: "Iran-backed", "Saudi-led". */
  static final Set<String> HYPHEN_ATTACHMENTS =
      words("backed", "led", "aligned", "allied", "linked", "affiliated", "supported", "sponsored", "funded", "controlled");

  /** Words that join the parts of one name: "Osama bin Laden", "Charles de Gaulle", "Bank of England". */
  static final Set<String> NAME_CONNECTORS = words("bin", "ibn", "al", "el", "de", "du", "da", "do", "dos", "das", "van", "von", "der", "den", "del", "la", "le", "of", "y", "abu", "bint");

  /**
   * First words of organisation names in French, Spanish, Italian and Portuguese, where the head
   * comes first and adjectives follow in lower case: "Parti socialiste", "Instituto Nacional Electoral".
   */
  static final Set<String> ROMANCE_ORGANIZATION_STARTS =
      words("Parti", "Partido", "Partito", "Instituto", "Institut", "Ministère", "Ministerio", "Ministero",
          "Assemblée", "Asamblea", "Parlement", "Parlamento", "Commission", "Comisión", "Commissione",
          "Conseil", "Consejo", "Consiglio", "Banque", "Banco", "Union", "Unión", "Unione", "Tribunal",
          "Tribunale", "Cámara", "Camera", "Congreso", "Senado", "Sénat", "Senato", "Rassemblement",
          "Front", "Frente", "Confédération", "Confederación", "Fédération", "Federación", "Cour", "Corte",
          "Agence", "Agencia", "Organisation", "Organización", "Movimiento", "Mouvement", "Coalición",
          "Université", "Universidad", "Università", "Universidade");

  /** Acronyms that are words of the trade, not names: "GDP", "CEO", "EVs". */
  static final Set<String> COMMON_ACRONYMS =
      words("GDP", "CEO", "CFO", "COO", "CTO", "TV", "AI", "COVID", "AIDS", "HIV", "DNA", "RNA", "GMT", "UTC", "BST",
          "EST", "EDT", "PST", "CET", "NGO", "NGOS", "FAQ", "PDF", "URL", "USD", "EUR", "GBP", "JPY", "MP", "MPS", "PM",
          "AM", "OK", "ID", "IT", "PR", "HR", "VAT", "IPO", "ETF", "SUV", "EV", "EVS", "LGBT", "LGBTQ", "CCTV", "GPS",
          "SMS", "USB", "APP", "API", "CPI", "PPE", "ICU", "ER", "MRI", "IVF", "FM", "AM", "BBQ", "DIY", "VIP", "ASAP",
          "RSVP", "TBD", "NB", "PS", "AKA", "ETA", "LNG", "LPG", "GHG", "CO", "UV", "PC", "IQ", "DJ", "MD", "PHD",
          "BA", "MA", "MBA", "QR", "VPN", "WIFI", "HQ", "OPED", "TGV", "KM", "MPH", "KG");

  /**
   * One-word names of parliaments and governments in other languages, organisations wherever they
   * stand: "the Senado voted", "im Bundestag".
   */
  static final Set<String> INSTITUTIONS =
      words("Senado", "Congreso", "Sénat", "Bundestag", "Bundesrat", "Landtag", "Bundesregierung", "Knesset",
          "Duma", "Majlis", "Kremlin", "Élysée", "Matignon", "Bundeswehr", "Bundesverfassungsgericht", "Storting",
          "Riksdag", "Sejm", "Cortes", "Eduskunta", "Folketing", "Althing", "Oireachtas", "Dáil", "Seanad");

  /** First words of place names, never given names there: "Port Ardell", "West Darfur", "New Taipei". */
  static final Set<String> PLACE_STARTS =
      words("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
          "Upper", "Lower", "Greater", "Little", "Great", "New", "Port", "Fort", "Mount", "Lake", "Cape",
          "San", "Santa", "Saint", "St.", "Sainte", "Puerto", "Bad", "Nueva", "Nuevo");

  /** Lower-case nouns that name a kind of place: "the town of Moura", "Yellowknife, the capital". */
  static final Set<String> PLACE_NOUNS =
      words("town", "city", "village", "port", "capital", "province", "region", "district", "county", "island",
          "municipality", "suburb", "neighborhood", "neighbourhood", "hamlet", "enclave", "settlement",
          "stronghold", "outpost", "governorate", "prefecture", "oblast", "state", "commune", "township", "borough");

  /** Words before "District" that make it a public body rather than a place: "Brackett Falls School District". */
  static final Set<String> DISTRICT_SERVICES = words("School", "Fire", "Water", "Sanitation", "Utility", "Hospital", "Park", "Transit", "Library");

  /** Verbs that put a speaker's name beside them: "said Hiba Abdelrahman", "Farhan Qureshi said". */
  static final Set<String> SPEECH_VERBS = words("said", "says", "told", "added", "recalled", "explained", "wrote");

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Capitalised words that never start a name: determiners, pronouns, calendar words. */
  static final Set<String> NEVER_NAMES =
      words("The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "After", "Before",
          "When", "While", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "We",
          "He", "She", "They", "It", "I", "You", "Mr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
          "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.", "Christmas", "Easter", "Ramadan", "Eid", "English", "French", "Spanish",
          "Le", "La", "Les", "Der", "Die", "Das", "El", "Los", "Las", "Un", "Une");

  static final Set<String> GIVEN_NAMES = load("given-names.txt");
  static final Set<String> COMMON_WORDS = load("common-words.txt");

  private static Set<String> load(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        return Set.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A hash set, not Set.copyOf: tens of thousands of words in an open-addressing table probe
    // long runs of neighbours for a word that is not there, and most words asked are not.
    return Collections.unmodifiableSet(words);
  }
}
