package dev.newsdesk.examples.cli;

import dev.newsdesk.IngestListener;
import dev.newsdesk.IngestProgress;
import dev.newsdesk.IngestReport;
import dev.newsdesk.Ingested;
import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskConfig;
import dev.newsdesk.NewsdeskException;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Page;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk index}: adds files, pages and the pages of feeds and sitemaps to an index. Each
 * failed item is reported on stderr with its URL (or file) and reason, the rest is still
 * ingested, and the exit status is 1 if anything failed. On a terminal, a progress line (pages
 * done/total, pages/s, errors) is kept up to date on stderr.
 */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Add pages (files, folders or URLs) and the pages of feeds and sitemaps to an index.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder (created if missing).")
  Path index;

  @Option(names = "--urls", paramLabel = "FILE", description = "TSV of <file name><TAB><url> lines: each page's original URL.")
  Path urls;

  @Option(names = "--feed", paramLabel = "URL",
      description = "An RSS, Atom or sitemap URL (or a page naming its feed) whose new pages are ingested; repeatable.")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--allow-private-addresses", description = "Allow fetching from loopback and private addresses.")
  boolean allowPrivate;

  @Option(names = "--delay", paramLabel = "MILLIS", defaultValue = "1000",
      description = "The least time between two requests to one site, in ms (default ${DEFAULT-VALUE}; a robots.txt Crawl-delay may ask more).")
  long delayMillis;

  @Parameters(paramLabel = "PATH|URL", arity = "0..*", description = "HTML files, folders of them, or http(s) URLs.")
  List<String> inputs = new ArrayList<>();

  private PrintWriter stdout;
  private PrintWriter stderr;
  private ProgressLine progress;
  private int indexed;
  private int unchanged;
  private int skipped;
  private int failed;

  @Override
  public Integer call() throws IOException {
    if (inputs.isEmpty() && feeds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give at least one PATH, URL or --feed URL.");
    }
    if (delayMillis < 0) {
      throw new ParameterException(spec.commandLine(), "--delay must not be negative, was " + delayMillis);
    }
    stdout = spec.commandLine().getOut();
    stderr = spec.commandLine().getErr();
    progress = isTerminal() ? new ProgressLine(stderr) : null;
    FetchPolicy policy = (allowPrivate ? FetchPolicy.DEFAULT.allowingPrivateAddresses() : FetchPolicy.DEFAULT)
        .withPoliteness(1, Duration.ofMillis(delayMillis));
    Map<String, URI> byName = Inputs.urls(urls);
    List<URI> pages = new ArrayList<>();
    try (Newsdesk desk = Newsdesk.open(index, NewsdeskConfig.DEFAULT.withFetchPolicy(policy))) {
      for (String input : inputs) {
        if (input.startsWith("http://") || input.startsWith("https://")) {
          try {
            pages.add(URI.create(input));
          } catch (IllegalArgumentException e) {
            fail(input, e.getMessage());
          }
          continue;
        }
        for (Path file : Inputs.expand(List.of(Path.of(input)), ".html", ".htm")) {
          try {
            Page page = Page.of(Files.readAllBytes(file), Inputs.urlOf(file, null, byName));
            report(desk.ingest(page));
          } catch (IOException | NewsdeskException e) {
            fail(file.toString(), e.getMessage());
          }
        }
      }
      Listener listener = new Listener();
      if (!pages.isEmpty()) {
        desk.ingestAll(pages, listener);
      }
      for (URI feed : feeds) {
        try {
          desk.ingestFeed(feed, listener);
        } catch (NewsdeskException | IllegalArgumentException e) {
          fail(feed.toString(), e.getMessage());
        }
      }
    } finally {
      if (progress != null) {
        progress.clear();
      }
    }
    stdout.println("indexed " + indexed + ", unchanged " + unchanged + ", skipped by robots.txt " + skipped
        + ", failed " + failed + " (" + index + ")");
    stdout.flush();
    return failed == 0 ? 0 : NewsdeskCli.SOME_FAILED;
  }

  /** Prints each page's outcome as it comes; the batch calls it one call at a time. */
  private final class Listener implements IngestListener {
    @Override
    public void pageDone(IngestReport.Item page, IngestProgress p) {
      clearProgress();
      switch (page.outcome()) {
        case INDEXED -> {
          indexed++;
          stdout.println("indexed " + page.canonicalUrl().orElse(page.url()) + "  \"" + page.title() + "\"");
        }
        case UNCHANGED -> {
          unchanged++;
          stdout.println("unchanged " + page.url());
        }
        case SKIPPED_BY_ROBOTS -> {
          skipped++;
          stderr.println("newsdesk index: skipped " + page.url() + ": " + page.reason());
        }
        case FAILED, READ -> fail(page.url().toString(), page.reason());
      }
      stdout.flush();
      stderr.flush();
      if (progress != null) {
        progress.show(p);
      }
    }

    @Override
    public void feedDone(IngestReport.Item feed, IngestProgress p) {
      switch (feed.outcome()) {
        case FAILED -> fail(feed.url().toString(), feed.reason());
        case SKIPPED_BY_ROBOTS -> {
          clearProgress();
          stderr.println("newsdesk index: skipped " + feed.url() + ": " + feed.reason());
        }
        default -> {
          // read or unchanged: its pages speak for it
        }
      }
      if (progress != null) {
        progress.show(p);
      }
    }
  }

  private void report(Ingested done) {
    indexed++;
    stdout.println("indexed " + done.article().canonicalUrl() + "  \"" + done.article().title() + "\"  ("
        + done.recognition().entities().size() + " entities)");
  }

  private void fail(String what, String reason) {
    clearProgress();
    failed++;
    stderr.println("newsdesk index: " + what + ": " + reason);
    stderr.flush();
  }

  private void clearProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  /** Whether stderr is a terminal (on JDK 22+, {@code System.console()} exists even when it is not). */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }

  /** One line on a terminal, rewritten in place: pages done/total, pages/s, errors. */
  private static final class ProgressLine {
    private final PrintWriter out;
    private boolean shown;

    ProgressLine(PrintWriter out) {
      this.out = out;
    }

    void show(IngestProgress p) {
      out.print(String.format(Locale.ROOT, "\r\u001b[K%d/%d pages, %.1f pages/s, %d error%s",
          p.done(), p.total(), p.pagesPerSecond(), p.failed(), p.failed() == 1 ? "" : "s"));
      out.flush();
      shown = true;
    }

    void clear() {
      if (shown) {
        out.print("\r\u001b[K");
        out.flush();
        shown = false;
      }
    }
  }
}
