package dev.newsdesk.examples.cli;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jar's entry point, compiled for Java 17 so that {@code java -jar newsdesk.jar} starts on a
 * machine whose {@code java} is 17: on Java 21 or newer it runs the tool in this JVM; on an older
 * one it finds an installed JDK >= 21 and runs the jar again on it (Lucene 10 needs 21).
 *
 * <p>Where it looks, in order: {@code NEWSDESK_JAVA} (a java binary), {@code JAVA_HOME}, then the
 * usual install folders (/usr/lib/jvm, /usr/java, /opt/java, /opt, SDKMAN!, ~/.jdks, macOS's
 * JavaVirtualMachines). A JDK's version is read from its {@code release} file, without starting it.
 */
public final class Launcher {
  private static final int REQUIRED = 21;
  private static final String TOOL = "dev.newsdesk.examples.cli.NewsdeskCli";
  private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (Runtime.version().feature() >= REQUIRED) {
      runHere(args);
      return;
    }
    Optional<Path> java = findJava();
    if (java.isEmpty()) {
      System.err.println("newsdesk: needs Java " + REQUIRED + " or newer and runs on " + Runtime.version().feature()
          + "; no newer JDK found. Install one, or set NEWSDESK_JAVA to its java binary.");
      System.exit(1);
    }
    List<String> command = new ArrayList<>();
    command.add(java.get().toString());
    command.add("-jar");
    command.add(ownJar().toString());
    command.addAll(List.of(args));
    System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
  }

  private static void runHere(String[] args) throws Exception {
    try {
      Class.forName(TOOL).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Optional<Path> findJava() throws IOException {
    String named = System.getenv("NEWSDESK_JAVA");
    if (named != null && !named.isBlank()) {
      if (!Files.isExecutable(Paths.get(named))) {
        System.err.println("newsdesk: NEWSDESK_JAVA names " + named + ", which is not an executable file; set it to the java"
            + " binary of a JDK " + REQUIRED + " or newer.");
        System.exit(1);
      }
      return Optional.of(Paths.get(named)); // the user's explicit choice is not second-guessed
    }
    List<Path> homes = new ArrayList<>();
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      homes.add(Paths.get(javaHome));
    }
    String user = System.getProperty("user.home");
    for (String folder : new String[] {"/usr/lib/jvm", "/usr/java", "/opt/java", "/opt", user + "/.sdkman/candidates/java",
        user + "/.jdks", "/Library/Java/JavaVirtualMachines"}) {
      homes.addAll(children(Paths.get(folder)));
    }
    for (Path home : homes) {
      for (Path candidate : new Path[] {home, home.resolve("Contents/Home")}) {
        Path java = candidate.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java");
        if (Files.isExecutable(java) && version(candidate) >= REQUIRED) {
          return Optional.of(java);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Path> children(Path folder) throws IOException {
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        entries.forEach(out::add);
      }
    }
    out.sort(null); // the same choice on every run
    return out;
  }

  /** The feature version in a JDK's {@code release} file; 0 when it has none. */
  private static int version(Path home) throws IOException {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    Matcher m = RELEASE_VERSION.matcher(new String(Files.readAllBytes(release), StandardCharsets.UTF_8));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static Path ownJar() throws URISyntaxException {
    return Paths.get(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
