package dev.newsdesk.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Input files of the CLI: paths expanded to files, and original URLs from a {@code --urls} TSV. */
final class Inputs {
  private Inputs() {}

  /** Each path itself if a file, else the files in the folder with one of these extensions, sorted. */
  static List<Path> expand(List<Path> paths, String... extensions) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing.filter(Files::isRegularFile).filter(f -> hasExtension(f, extensions)).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static boolean hasExtension(Path file, String... extensions) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String ext : extensions) {
      if (name.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }

  /** The file name without its last extension: {@code story.html} → {@code story}. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Reads {@code <file name><TAB><url>} lines; blank lines and {@code #} comments are skipped. */
  static Map<String, URI> urls(Path tsv) {
    Map<String, URI> urls = new HashMap<>();
    if (tsv == null) {
      return urls;
    }
    try {
      int number = 0;
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        if (parts.length != 2) {
          throw new IllegalArgumentException(tsv + ":" + number + ": expected <file name><TAB><url>, got: " + line);
        }
        urls.put(parts[0].strip(), URI.create(parts[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + tsv + ": " + e.getMessage(), e);
    }
    return urls;
  }

  /** The page's original URL: from {@code --url}, from the TSV by file name, else the file's URI. */
  static URI urlOf(Path file, URI single, Map<String, URI> byName) {
    if (single != null) {
      return single;
    }
    return byName.getOrDefault(file.getFileName().toString(), file.toAbsolutePath().toUri());
  }
}
