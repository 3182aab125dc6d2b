package dev.newsdesk.examples.cli;

import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Fetcher;
import dev.newsdesk.fetch.Page;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdesk fetch URL}: fetches one page (politely, safely) and prints its article as JSON. */
@Command(name = "fetch", mixinStandardHelpOptions = true, description = "Fetch one page and print its extracted article as JSON (the shape of `extract`).")
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--allow-private-addresses", description = "Allow fetching from loopback and private addresses.")
  boolean allowPrivate;

  @Parameters(paramLabel = "URL", arity = "1", description = "An http(s) URL.")
  URI url;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    FetchPolicy policy = allowPrivate ? FetchPolicy.DEFAULT.allowingPrivateAddresses() : FetchPolicy.DEFAULT;
    Page page = Fetcher.create(policy).fetch(url); // a FetchException is reported by the CLI's handler, exit 1
    Article article = ArticleExtractor.standard().extract(page);
    stdout.println(Json.pretty(Json.article(article)));
    stdout.flush();
    if (!article.hasBody()) {
      stderr.println("newsdesk fetch: " + url + ": no article found (the page has no block of running text)");
      return NewsdeskCli.SOME_FAILED;
    }
    return 0;
  }
}
