package dev.newsdesk.examples.cli;

import dev.newsdesk.Newsdesk;
import dev.newsdesk.NewsdeskConfig;
import dev.newsdesk.NewsdeskException;
import dev.newsdesk.corpus.FixtureServer;
import dev.newsdesk.corpus.synthetic.SyntheticCorpus;
import dev.newsdesk.corpus.synthetic.SyntheticPage;
import dev.newsdesk.examples.cli.BenchCommand.Figure;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Fetcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;

/**
 * The fetch figures of {@code newsdesk bench}: synthetic pages served by the corpus's loopback
 * {@link FixtureServer}, fetched by Newsdesk's default {@link Fetcher} (robots.txt obeyed, address
 * checks, politeness serialising requests with no delay) beside a bare {@code HttpClient} loop
 * fetching the same pages; then fetch-and-ingest ({@code Newsdesk.ingest(URI)}) beside the bare
 * loop followed by {@code Jsoup.parse} + {@code text()}, the {@code StandardTokenizer} and a bare
 * {@code IndexWriter}.
 *
 * <p>The fetch sides take turns, round after round, so that a slower spell of the machine falls
 * on both. Each ingest side runs once over the pages into a fresh in-memory index: a second pass
 * would measure re-ingestion.
 */
final class FetchBench {
  private static final String NOTE = "newsdesk bench: ";
  private static final int MAX_ROUNDS = 25;

  private final PrintWriter err;
  private final double seconds;
  private final FetchPolicy policy = FetchPolicy.DEFAULT.allowingPrivateAddresses().withPoliteness(1, Duration.ZERO);
  private final HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private long sink;

  FetchBench(PrintWriter err, double seconds) {
    this.err = err;
    this.seconds = seconds;
  }

  /** Serves {@code count} pages of {@code corpus} on 127.0.0.1 and measures both figures on them. */
  List<Figure> run(SyntheticCorpus corpus, int count) throws IOException {
    try (FixtureServer server = FixtureServer.start(List.of())) {
      List<URI> uris = new ArrayList<>();
      try (Stream<SyntheticPage> pages = corpus.pages(count)) {
        pages.forEach(page -> {
          String path = "/" + page.name() + page.url().getRawPath();
          server.serve(path, "text/html; charset=" + page.charset().name(), page.html());
          uris.add(server.uri(path));
        });
      }
      long start = System.nanoTime();
      Fetcher fetcher = Fetcher.create(policy);
      fetchAll(uris, fetcher); // warm-up of both sides, and robots.txt read once
      fetchAllBare(uris);
      long ours = 0;
      long theirs = 0;
      long fetched = 0;
      for (int round = 0; round < MAX_ROUNDS && (round == 0 || Math.min(ours, theirs) < seconds * 1e9); round++) {
        if (round % 2 == 0) {
          ours += fetchAll(uris, fetcher);
          theirs += fetchAllBare(uris);
        } else {
          theirs += fetchAllBare(uris);
          ours += fetchAll(uris, fetcher);
        }
        fetched += uris.size();
        server.clearRequests(); // its log would grow with every round
      }
      ingestAll(uris); // warm-up
      ingestAllBare(uris);
      long ingest = ingestAll(uris);
      long ingestBare = ingestAllBare(uris);
      err.printf(Locale.ROOT, "%sfetch: %d pages on 127.0.0.1, %d fetched per side, in %.1f s%n", NOTE, uris.size(), fetched,
          (System.nanoTime() - start) / 1e9);
      return List.of(
          new Figure("fetch", BenchCommand.ms(ours, fetched), "ms/page", "java-httpclient", BenchCommand.ms(theirs, fetched), fetched),
          new Figure("fetch-ingest", BenchCommand.ms(ingest, uris.size()), "ms/page", "httpclient+jsoup+tokenizer+indexwriter",
              BenchCommand.ms(ingestBare, uris.size()), uris.size()));
    }
  }

  private long fetchAll(List<URI> uris, Fetcher fetcher) {
    long start = System.nanoTime();
    for (URI uri : uris) {
      sink += fetcher.fetch(uri).body().length;
    }
    return System.nanoTime() - start;
  }

  private long fetchAllBare(List<URI> uris) {
    long start = System.nanoTime();
    for (URI uri : uris) {
      sink += get(uri).length;
    }
    return System.nanoTime() - start;
  }

  private long ingestAll(List<URI> uris) {
    try (Newsdesk desk = Newsdesk.inMemory(NewsdeskConfig.DEFAULT.withFetchPolicy(policy))) {
      long start = System.nanoTime();
      for (URI uri : uris) {
        try {
          sink += desk.ingest(uri).article().text().length();
        } catch (NewsdeskException e) {
          err.println(NOTE + uri + ": " + e.getMessage()); // skipped on both sides alike: the bare side cannot tell
        }
      }
      desk.commit();
      return System.nanoTime() - start;
    }
  }

  private long ingestAllBare(List<URI> uris) {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
        StandardTokenizer tokenizer = new StandardTokenizer()) {
      long start = System.nanoTime();
      for (URI uri : uris) {
        org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(get(uri)), null, uri.toString());
        String text = page.text();
        sink += BenchCommand.tokens(tokenizer, text);
        writer.addDocument(BenchCommand.baselineDocument(uri.toString(), page.title(), text));
      }
      writer.commit();
      return System.nanoTime() - start;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] get(URI uri) {
    try {
      return bare.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fetch " + uri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching " + uri, e);
    }
  }

  /** What the measured work returned, so that the JIT cannot drop it. */
  long sink() {
    return sink;
  }
}
