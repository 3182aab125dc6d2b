package dev.newsdesk.entity;

import dev.newsdesk.NewsdeskException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The named entities the recogniser knows: countries, cities, organisations, people, with their
 * aliases and demonyms. Immutable; combine bases with {@link #plus(KnowledgeBase)}.
 *
 * <p>{@code KnowledgeBase kb = KnowledgeBase.standard().plus(KnowledgeBase.read(Path.of("my-entities.tsv")));}
 *
 * <p>The file format is UTF-8, one entry per line, TAB-separated columns {@code id, type, name,
 * aliases, demonyms, country, description, wikidata, roles, population} (lists separated by
 * {@code |}, empty for none; trailing columns may be omitted); lines starting with {@code #} are
 * comments. It is the format of the shipped base, documented in the repository's
 * {@code core/kb/FORMAT.md}.
 *
 * @since 0.1
 */
public final class KnowledgeBase {
  private static final String RESOURCE = "/dev/newsdesk/internal/entity/knowledge-base.tsv";

  private final Map<String, Entry> entries;

  private KnowledgeBase(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * One known entity.
   *
   * @param id its stable id, a slug ({@code lloyd-austin})
   * @param type its type
   * @param name its canonical name
   * @param aliases other full names and abbreviations ({@code U.S.}, {@code ISIS})
   * @param demonyms adjectival and plural forms for places ({@code Iraqi}, {@code Iraqis})
   * @param country the id of the country it belongs to, or empty
   * @param description a short description, or empty
   * @param wikidata its Wikidata QID, or empty
   * @param roles dated roles, {@code TITLE@COUNTRY:FROM/TO}
   * @param population for places, the population (0 when unknown); ranks ambiguous names
   */
  public record Entry(
      String id,
      EntityType type,
      String name,
      List<String> aliases,
      List<String> demonyms,
      String country,
      String description,
      String wikidata,
      List<String> roles,
      long population) {

    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
      demonyms = List.copyOf(demonyms);
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(wikidata, "wikidata");
      roles = List.copyOf(roles);
      if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("id must be a lower-case slug like lloyd-austin, was: " + id);
      }
    }

    /** An entry with just an id, type, name and aliases. */
    public static Entry of(String id, EntityType type, String name, String... aliases) {
      return new Entry(id, type, name, Arrays.asList(aliases), List.of(), "", "", "", List.of(), 0);
    }
  }

  /** The knowledge base shipped with Newsdesk. Loaded once, on first use. */
  public static KnowledgeBase standard() {
    return Standard.INSTANCE;
  }

  /** An empty base, to build a host's own from scratch. */
  public static KnowledgeBase empty() {
    return new KnowledgeBase(Map.of());
  }

  /** A base of the given entries. */
  public static KnowledgeBase of(Collection<Entry> entries) {
    Map<String, Entry> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.id(), e));
    return new KnowledgeBase(Map.copyOf(map));
  }

  /** Reads a base from a file in the documented format. */
  public static KnowledgeBase read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new NewsdeskException("Cannot read knowledge base " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a base in the documented format; {@code source} names it in error messages. */
  public static KnowledgeBase read(Reader reader, String source) {
    List<Entry> entries = new ArrayList<>();
    try {
      BufferedReader lines = new BufferedReader(reader);
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        entries.add(parse(line, source, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(entries);
  }

  private static Entry parse(String line, String source, int number) {
    String[] f = Arrays.copyOf(line.split("\t", -1), 10);
    try {
      return new Entry(
          f[0].trim(),
          EntityType.valueOf(f[1].trim()),
          f[2].trim(),
          list(f[3]),
          list(f[4]),
          orEmpty(f[5]),
          orEmpty(f[6]),
          orEmpty(f[7]),
          list(f[8]),
          f[9] == null || f[9].isBlank() ? 0 : Long.parseLong(f[9].trim()));
    } catch (RuntimeException e) {
      throw new NewsdeskException(
          "Invalid knowledge-base entry at " + source + ":" + number + ": " + e.getMessage()
              + ". Columns are id, type (PERSON|ORGANIZATION|LOCATION|GROUP), name, aliases, ...",
          e);
    }
  }

  private static List<String> list(String field) {
    if (field == null || field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String orEmpty(String field) {
    return field == null ? "" : field.trim();
  }

  /** This base with {@code other}'s entries added; an entry of {@code other} replaces one with its id. */
  public KnowledgeBase plus(KnowledgeBase other) {
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    merged.putAll(other.entries);
    return new KnowledgeBase(Map.copyOf(merged));
  }

  /** This base with the given entries added (replacing any with the same id). */
  public KnowledgeBase with(Entry... added) {
    return plus(of(Arrays.asList(added)));
  }

  /** The entry with this id. */
  public Optional<Entry> get(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Every entry, in no particular order. */
  public Collection<Entry> entries() {
    return entries.values();
  }

  /** How many entries the base holds. */
  public int size() {
    return entries.size();
  }

  private static final class Standard {
    static final KnowledgeBase INSTANCE = load();

    private static KnowledgeBase load() {
      try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The shipped knowledge base " + RESOURCE + " is missing from the jar");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
