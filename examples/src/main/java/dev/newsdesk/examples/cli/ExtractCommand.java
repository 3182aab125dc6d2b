package dev.newsdesk.examples.cli;

import dev.newsdesk.NewsdeskException;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract the article from HTML pages as JSON.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--url", description = "The original URL of the page (one input file).")
  URI url;

  @Option(names = "--urls", paramLabel = "FILE", description = "TSV of <file name><TAB><url> lines: each page's original URL.")
  Path urls;

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json per input instead of printing.")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "HTML files or folders of them.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<Path> files = Inputs.expand(paths, ".html", ".htm");
    Map<String, URI> byName = Inputs.urls(urls);
    if (out == null && files.size() != 1) {
      throw new IllegalArgumentException("without --out, give exactly one HTML file (got " + files.size() + ")");
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    int failed = 0;
    for (Path file : files) {
      try {
        Page page = Page.of(Files.readAllBytes(file), Inputs.urlOf(file, url, byName));
        Article article = ArticleExtractor.standard().extract(page);
        if (!article.hasBody()) {
          stderr.println("newsdesk extract: " + file + ": no article found (the page has no block of running text)");
        }
        if (out == null) {
          stdout.println(Json.pretty(Json.article(article)));
        } else {
          Json.write(out.resolve(Inputs.baseName(file) + ".json"), Json.article(article));
        }
      } catch (IOException | NewsdeskException e) {
        failed++;
        stderr.println("newsdesk extract: " + file + ": " + e.getMessage());
      }
    }
    stdout.flush();
    return failed == 0 ? 0 : NewsdeskCli.SOME_FAILED;
  }
}
