package dev.newsdesk.corpus.synthetic;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invented outlets the generator publishes on: each with a name, a host, a site template, a
 * time zone, sections and staff. The list is fixed (it does not depend on the seed), and sites
 * publish with Zipf-like frequencies.
 */
final class Sites {
  private Sites() {}

  /** The site templates, with the names the corpus uses for fixture layouts. */
  enum Layout {
    WORDPRESS("wordpress"),
    NEWSPAPER_CMS("newspaper-cms"),
    BROADCASTER("broadcaster"),
    WIRE("wire"),
    AMP("amp"),
    TABLE_LAYOUT("table-layout"),
    BLOG("blog");

    final String id;

    Layout(String id) {
      this.id = id;
    }
  }

  /**
   * One outlet.
   *
   * @param prefix the CSS class prefix its templates use
   * @param windows1252 whether its pages are encoded in windows-1252 (old table layouts)
   */
  record Site(String name, String host, Layout layout, ZoneOffset zone, List<String> sections, List<String> staff,
      String prefix, boolean windows1252, String tagline) {}

  private static final String[] FIRST = {"Atlas", "Harbor", "Meridian", "Northfield", "Granite", "Lakeshore",
      "Summit", "Pioneer", "Beacon", "Cardinal", "Evergreen", "Frontier", "Highland", "Ironwood", "Juniper",
      "Keystone", "Lantern", "Maple", "Oakridge", "Prairie", "Redwood", "Tidewater", "Westgate", "Bluewater",
      "Copperline", "Driftwood", "Foxhollow", "Silverbrook", "Stonebridge", "Thornfield", "Willowmere", "Ashgrove",
      "Brightwater", "Clearwater", "Eastmoor", "Fairhaven", "Glenmore", "Kestrel", "Larkspur", "Millbrook",
      "Northgate", "Pinecrest", "Quillfield", "Rosehill"};
  private static final String[] SECOND = {"Dispatch", "Courier", "Ledger", "Herald", "Tribune", "Observer", "Post",
      "Gazette", "Chronicle", "Wire", "Report", "Review", "Standard", "Times", "Journal", "Sentinel", "Record",
      "Monitor", "Bulletin", "Examiner", "Daily", "Press"};
  private static final String[] TLDS = {".com", ".com", ".com", ".co.uk", ".net", ".org", ".news", ".com.au", ".ca"};
  private static final int[] OFFSETS = {-5, -4, 0, 1, 2, -8, 10, 8, -3, 5, 9, -6, 3};
  private static final String[] SECTIONS = {"world", "politics", "business", "national", "europe", "asia",
      "middle-east", "africa", "americas", "climate", "science", "economy", "opinion", "analysis"};
  private static final String[] GIVEN = {"Laura", "Daniel", "Priya", "Marcus", "Helen", "Tomas", "Aisha", "Grace",
      "Owen", "Nadia", "Felix", "Ruth", "Samuel", "Irene", "Caleb", "Mira", "Jonah", "Leah", "Victor", "Elena",
      "Rowan", "Hannah", "Isaac", "Clara", "Dmitri", "Amara", "Bennett", "Sofia", "Gareth", "Yasmin", "Colin",
      "Talia", "Rafael", "Imogen", "Kwame", "Lucia", "Patrick", "Noor", "Simon", "Freya"};
  private static final String[] FAMILY = {"Ashworth", "Brennan", "Calloway", "Dunmore", "Ellery", "Fairbanks",
      "Galloway", "Hartigan", "Ingram", "Jessup", "Kettering", "Lindqvist", "Marlowe", "Northcott", "Okafor",
      "Pemberton", "Quinlan", "Rasmussen", "Sandoval", "Thackeray", "Underwood", "Varga", "Whitlock", "Yardley",
      "Achterberg", "Blackwood", "Castellan", "Delacourt", "Everhart", "Fenwick", "Greaves", "Holloway", "Iverson",
      "Kowalczyk", "Lachance", "Mbeki-Hart", "Nakashima", "Ostrander", "Prentice", "Redmond"};
  private static final String[] TAGLINES = {"Independent journalism since 1921", "News that matters",
      "Your window on the world", "Reporting without fear or favour", "The story behind the story",
      "Trusted news, every day", "Read widely, think freely"};

  /** Every site, in a fixed order; sites earlier in the list publish more. */
  static final List<Site> ALL = build(44);

  private static List<Site> build(int count) {
    List<Site> sites = new ArrayList<>();
    Layout[] layouts = Layout.values();
    Rng rng = Rng.of(0x5173L, 0, 0); // fixed: the sites do not change with the corpus seed
    for (int i = 0; i < count; i++) {
      String name = FIRST[i % FIRST.length] + " " + SECOND[(i * 7 + 3) % SECOND.length];
      Layout layout = layouts[i % layouts.length];
      String host = "www." + name.toLowerCase(Locale.ROOT).replace(" ", "") + TLDS[(i * 5) % TLDS.length];
      ZoneOffset zone = ZoneOffset.ofHours(OFFSETS[(i * 3) % OFFSETS.length]);
      List<String> sections = new ArrayList<>();
      for (int s = 0; s < 7; s++) {
        String section = SECTIONS[(i + s * 3) % SECTIONS.length];
        if (!sections.contains(section)) {
          sections.add(section);
        }
      }
      List<String> staff = new ArrayList<>();
      int size = rng.between(8, 16);
      while (staff.size() < size) {
        String person = rng.pick(GIVEN) + " " + rng.pick(FAMILY);
        if (!staff.contains(person)) {
          staff.add(person);
        }
      }
      String prefix = name.substring(0, 2).toLowerCase(Locale.ROOT) + Integer.toString(i, 36);
      sites.add(new Site(name, host, layout, zone, List.copyOf(sections), List.copyOf(staff), prefix,
          layout == Layout.TABLE_LAYOUT, TAGLINES[i % TAGLINES.length]));
    }
    return List.copyOf(sites);
  }
}
