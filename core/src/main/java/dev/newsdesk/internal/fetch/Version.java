package dev.newsdesk.internal.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, for the default User-Agent: from the jar's Maven descriptor, else the fallback. */
public final class Version {
  private static final String FALLBACK = "0.1";
  private static final String CURRENT = find();

  private Version() {}

  /** The version, e.g. {@code 0.1.0-SNAPSHOT}; {@value #FALLBACK} when run from classes without a descriptor. */
  public static String current() {
    return CURRENT;
  }

  private static String find() {
    try (InputStream in = Version.class.getResourceAsStream("/META-INF/maven/dev.newsdesk/newsdesk-core/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // fall through to the package's version, then the fallback
    }
    Package pkg = Version.class.getPackage();
    String v = pkg == null ? null : pkg.getImplementationVersion();
    return v == null || v.isBlank() ? FALLBACK : v.strip();
  }
}
