package dev.newsdesk.corpus.synthetic;

import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The knowledge base arranged for drawing casts: countries ranked by how much news they make (how
 * many people and organisations the base knows for them), and for each country its people,
 * organisations and cities, each ranked. Draws are Zipf-distributed over the ranks, and a cast
 * comes from one or two countries, so mentions co-occur the way news entities do.
 *
 * <p>Entries are read sorted by id, so the pool (and every page) is the same on every JVM.
 */
final class EntityPool {
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}’'-]*\\p{L}");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.&]{1,6}");
  private static final Pattern TOWN = Pattern.compile("(?i)(city|capital|town|port city|largest city)\\b");
  private static final Set<String> NOT_SURNAMES = Set.of("Jr.", "Sr.", "II", "III", "IV");
  private static final Map<String, String> TITLES = titles();

  /** A known entity as the generator writes it. */
  record Known(String id, EntityType type, String name, String shortForm, boolean needsThe, List<Role> roles) {}

  /** A dated role: the title written before the name while it is held. */
  record Role(String title, LocalDate from, LocalDate to) {}

  /** A country with what belongs to it, each ranked. */
  record Country(Known entity, String adjective, List<Known> people, List<Known> organisations, List<Known> cities,
      Zipf peopleRanks, Zipf organisationRanks, Zipf cityRanks) {}

  final List<Country> countries;
  final Zipf countryRanks;
  final List<Known> internationalOrganisations;
  final Zipf internationalRanks;
  final List<Known> stateless;

  private static volatile EntityPool standard;

  static EntityPool standard() {
    EntityPool pool = standard;
    if (pool == null) {
      synchronized (EntityPool.class) {
        if (standard == null) {
          standard = new EntityPool(KnowledgeBase.standard());
        }
        pool = standard;
      }
    }
    return pool;
  }

  EntityPool(KnowledgeBase kb) {
    List<KnowledgeBase.Entry> entries = new ArrayList<>(kb.entries());
    entries.sort(Comparator.comparing(KnowledgeBase.Entry::id));
    Map<String, List<KnowledgeBase.Entry>> byCountry = new HashMap<>();
    List<KnowledgeBase.Entry> countryEntries = new ArrayList<>();
    List<Known> international = new ArrayList<>();
    List<Known> noCountry = new ArrayList<>();
    for (KnowledgeBase.Entry e : entries) {
      if (!usable(e)) {
        continue;
      }
      if (e.type() == EntityType.LOCATION && e.id().equals(e.country())) {
        countryEntries.add(e);
      } else if (!e.country().isEmpty()) {
        byCountry.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e);
      } else if (e.type() == EntityType.ORGANIZATION) {
        international.add(known(e));
      } else if (e.type() == EntityType.PERSON) {
        noCountry.add(known(e));
      }
    }
    List<Country> built = new ArrayList<>();
    for (KnowledgeBase.Entry c : countryEntries) {
      List<KnowledgeBase.Entry> members = byCountry.getOrDefault(c.id(), List.of());
      List<Known> people = ranked(members, EntityType.PERSON, c.name());
      List<Known> organisations = ranked(members, EntityType.ORGANIZATION, c.name());
      List<Known> cities = ranked(members, EntityType.LOCATION, c.name());
      String adjective = c.demonyms().stream().filter(d -> !d.endsWith("s") || d.endsWith("ss")).findFirst()
          .orElse(c.demonyms().isEmpty() ? null : c.demonyms().get(0));
      built.add(new Country(known(c), adjective, people, organisations, cities,
          new Zipf(people.size(), 1.1), new Zipf(organisations.size(), 1.1), new Zipf(cities.size(), 1.3)));
    }
    built.sort(Comparator.comparingDouble((Country c) -> -countryScore(c, kb)).thenComparing(c -> c.entity().id()));
    this.countries = List.copyOf(built);
    this.countryRanks = new Zipf(countries.size(), 1.05);
    international.sort(Comparator.comparingDouble(EntityPool::organisationScore).reversed().thenComparing(Known::id));
    this.internationalOrganisations = List.copyOf(international);
    this.internationalRanks = new Zipf(internationalOrganisations.size(), 1.0);
    this.stateless = List.copyOf(noCountry);
  }

  Country country(Rng rng) {
    return countries.get(countryRanks.sample(rng));
  }

  Known internationalOrganisation(Rng rng) {
    return internationalOrganisations.get(internationalRanks.sample(rng));
  }

  private static boolean usable(KnowledgeBase.Entry e) {
    String name = e.name();
    return !name.isBlank() && name.length() <= 60 && !name.contains("(") && !name.contains(",")
        && (Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0)));
  }

  private static double countryScore(Country c, KnowledgeBase kb) {
    long population = kb.get(c.entity().id()).map(KnowledgeBase.Entry::population).orElse(0L);
    return 3.0 * c.people().size() + 2.0 * c.organisations().size() + Math.min(10, c.cities().size())
        + StrictMath.log10(population + 1.0) + noise(c.entity().id());
  }

  private static List<Known> ranked(List<KnowledgeBase.Entry> members, EntityType type, String countryName) {
    List<KnowledgeBase.Entry> ofType = new ArrayList<>();
    for (KnowledgeBase.Entry e : members) {
      boolean place = type == EntityType.LOCATION;
      if (e.type() == type && !(place && (e.name().equals(countryName) || !TOWN.matcher(e.description()).lookingAt()))) {
        ofType.add(e);
      }
    }
    Comparator<KnowledgeBase.Entry> order = switch (type) {
      case LOCATION -> Comparator.comparingLong(KnowledgeBase.Entry::population).reversed();
      case PERSON -> Comparator.comparingDouble(EntityPool::personScore).reversed();
      default -> Comparator.comparingDouble((KnowledgeBase.Entry e) -> organisationScore(known(e))).reversed();
    };
    ofType.sort(order.thenComparing(KnowledgeBase.Entry::id));
    return ofType.stream().map(EntityPool::known).toList();
  }

  private static double personScore(KnowledgeBase.Entry e) {
    double score = e.roles().size() + 0.5 * e.aliases().size() + noise(e.id());
    for (String role : e.roles()) {
      if (role.endsWith("/")) {
        score += 4; // still in office
      }
    }
    return score;
  }

  private static double organisationScore(Known k) {
    return (k.shortForm().equals(k.name()) ? 0 : 2) + noise(k.id());
  }

  /** A stable pseudo-random tie-breaker in [0, 1). */
  private static double noise(String id) {
    return (Rng.mix(id.hashCode()) >>> 11) * 0x1.0p-53;
  }

  static Known known(KnowledgeBase.Entry e) {
    String name = e.name();
    String shortForm = name;
    if (e.type() == EntityType.PERSON) {
      String[] words = name.split(" ");
      String last = words[words.length - 1];
      boolean allCapitalised = java.util.Arrays.stream(words).allMatch(w -> CAPITALISED.matcher(w).matches());
      if (words.length >= 2 && words.length <= 3 && allCapitalised && last.length() >= 3 && !NOT_SURNAMES.contains(last)) {
        shortForm = last;
      }
    } else if (e.type() == EntityType.ORGANIZATION) {
      shortForm = e.aliases().stream().filter(a -> ACRONYM.matcher(a).matches()).findFirst().orElse(name);
    } else if (e.type() == EntityType.LOCATION) {
      shortForm = e.aliases().stream().filter(a -> a.length() <= 5 && a.contains(".")).findFirst().orElse(name);
    }
    return new Known(e.id(), e.type(), name, shortForm, needsThe(e), roles(e));
  }

  private static boolean needsThe(KnowledgeBase.Entry e) {
    String n = e.name();
    if (e.type() == EntityType.PERSON) {
      return false;
    }
    if (e.type() == EntityType.LOCATION) {
      return n.startsWith("United ") || n.startsWith("Democratic Republic") || n.startsWith("Republic of")
          || n.startsWith("Central African") || n.endsWith(" Republic") || n.endsWith(" Islands")
          || n.equals("Netherlands") || n.equals("Philippines") || n.equals("Gambia") || n.equals("Bahamas")
          || n.equals("Maldives") || n.equals("Middle East") || n.equals("Gaza Strip") || n.equals("West Bank")
          || n.equals("Sahel") || n.equals("Balkans") || n.equals("Caribbean") || n.equals("Vatican");
    }
    if (n.startsWith("The ")) {
      return false;
    }
    for (String word : new String[] {"United ", "European ", "Ministry", "Department", "Council", "Organization",
        "Organisation", "Bank", "Fund", "Union", "Agency", "Party", "Commission", "Court", "Army", "Forces", "Front",
        "Movement", "Assembly", "Parliament", "Congress", "Senate", "Pentagon", "Kremlin", "White House", "Government",
        "Office", "Service", "Committee", "Authority", "League", "Alliance", "Institute", "Federation", "Corps",
        "Guard", "Police", "Navy", "Cabinet", "Secretariat", "Programme", "Program", "Administration", "Bureau"}) {
      if (n.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static List<Role> roles(KnowledgeBase.Entry e) {
    List<Role> roles = new ArrayList<>();
    for (String role : e.roles()) {
      int at = role.indexOf('@');
      int colon = role.indexOf(':', Math.max(at, 0));
      int slash = role.indexOf('/', Math.max(colon, 0));
      if (at < 0 || colon < 0 || slash < 0) {
        continue;
      }
      String title = TITLES.get(role.substring(0, at));
      Optional<LocalDate> from = date(role.substring(colon + 1, slash));
      Optional<LocalDate> to = date(role.substring(slash + 1));
      if (title != null && from.isPresent()) {
        roles.add(new Role(title, from.get(), to.orElse(LocalDate.MAX)));
      }
    }
    return List.copyOf(roles);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(text));
      } else if (text.matches("\\d{4}-\\d{2}")) {
        return Optional.of(LocalDate.parse(text + "-01"));
      } else if (text.matches("\\d{4}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(text), 1, 1));
      }
    } catch (RuntimeException badDate) {
      // a role with a date we cannot read is written without its title
    }
    return Optional.empty();
  }

  private static Map<String, String> titles() {
    Map<String, String> t = new HashMap<>();
    for (String same : new String[] {"President", "Prime Minister", "Vice President", "Deputy Prime Minister",
        "Secretary of State", "Foreign Secretary", "Chancellor", "King", "Emir", "Premier", "Secretary-General",
        "Attorney General", "Defence Secretary", "Crown Prince", "Sultan", "Queen", "Taoiseach", "Home Secretary"}) {
      t.put(same, same);
    }
    for (String defence : new String[] {"Minister of Defence", "Minister of Defense", "Minister of National Defense",
        "Minister of National Defence", "Minister for Defence", "Minister of the Armed Forces"}) {
      t.put(defence, "Defense Minister");
    }
    t.put("Minister of Foreign Affairs", "Foreign Minister");
    t.put("Minister for Europe and Foreign Affairs", "Foreign Minister");
    t.put("Secretary of Foreign Affairs", "Foreign Secretary");
    t.put("Minister of Finance", "Finance Minister");
    t.put("Secretary of Defense", "Defense Secretary");
    t.put("Secretary of the Treasury", "Treasury Secretary");
    t.put("Chancellor of the Exchequer", "Chancellor");
    t.put("National Security Advisor", "National Security Adviser");
    return Map.copyOf(t);
  }
}
