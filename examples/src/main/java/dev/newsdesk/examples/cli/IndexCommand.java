package dev.newsdesk.examples.cli;

import dev.newsdesk.Ingested;
import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskConfig;
import dev.newsdesk.NewsdeskException;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Page;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", description = "Add pages (files, folders or URLs) to an index.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder (created if missing).")
  Path index;

  @Option(names = "--urls", paramLabel = "FILE", description = "TSV of <file name><TAB><url> lines: each page's original URL.")
  Path urls;

  @Option(names = "--allow-private-addresses", description = "Allow fetching from loopback and private addresses.")
  boolean allowPrivate;

  @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "HTML files, folders of them, or http(s) URLs.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    FetchPolicy policy = allowPrivate ? FetchPolicy.DEFAULT.allowingPrivateAddresses() : FetchPolicy.DEFAULT;
    Map<String, URI> byName = Inputs.urls(urls);
    int indexed = 0;
    int failed = 0;
    try (Newsdesk desk = Newsdesk.open(index, NewsdeskConfig.DEFAULT.withFetchPolicy(policy))) {
      for (String input : inputs) {
        if (input.startsWith("http://") || input.startsWith("https://")) {
          try {
            report(stdout, desk.ingest(URI.create(input)));
            indexed++;
          } catch (NewsdeskException | IllegalArgumentException e) {
            failed++;
            stderr.println("newsdesk index: " + input + ": " + e.getMessage());
          }
          continue;
        }
        for (Path file : Inputs.expand(List.of(Path.of(input)), ".html", ".htm")) {
          try {
            Page page = Page.of(Files.readAllBytes(file), Inputs.urlOf(file, null, byName));
            report(stdout, desk.ingest(page));
            indexed++;
          } catch (IOException | NewsdeskException e) {
            failed++;
            stderr.println("newsdesk index: " + file + ": " + e.getMessage());
          }
        }
      }
    }
    stdout.println("indexed " + indexed + ", failed " + failed + " (" + index + ")");
    stdout.flush();
    return failed == 0 ? 0 : NewsdeskCli.SOME_FAILED;
  }

  private static void report(PrintWriter out, Ingested done) {
    out.println("indexed " + done.article().canonicalUrl() + "  \"" + done.article().title() + "\"  ("
        + done.recognition().entities().size() + " entities)");
  }
}
