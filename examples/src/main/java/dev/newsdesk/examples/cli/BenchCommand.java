package dev.newsdesk.examples.cli;

import dev.newsdesk.NewsdeskException;
import dev.newsdesk.corpus.synthetic.SyntheticCorpus;
import dev.newsdesk.corpus.synthetic.SyntheticPage;
import dev.newsdesk.entity.Entity;
import dev.newsdesk.entity.EntityRecognizer;
import dev.newsdesk.entity.EntityType;
import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.IndexSettings;
import dev.newsdesk.search.NewsIndex;
import dev.newsdesk.search.SearchResults;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk bench}: measures every stage on a synthetic corpus, each beside a bare
 * jsoup/Lucene baseline doing the same work in the same run, after a warm-up.
 *
 * <p>How it runs: a warm-up over other pages; then the ingestion, in batches of 100 pages that go
 * first through Newsdesk, stage by stage (extract them all, recognise them all, index them all to a
 * folder on disk), and then through the baseline the same way (jsoup, the tokenizer, a bare
 * IndexWriter on the texts Newsdesk extracted), so that each stage is timed on its own and both
 * sides meet the same machine; then the heap figures, each side alone over up to 3,000 pages; then
 * the fetch figures ({@link FetchBench}) on up to 500 pages served on 127.0.0.1; then the queries,
 * each kind run through {@code NewsIndex} and written by hand against a plain
 * {@code DirectoryReader} on the same index folder. Pages are generated as they are consumed and
 * never kept, so memory does not grow with the number of articles. Peak heap is the largest heap
 * in use right after a full collection, checked 16 times on each side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure every stage on a synthetic corpus beside bare jsoup and Lucene baselines.")
final class BenchCommand implements Callable<Integer> {
  static final int DEFAULT_ARTICLES = 3000;

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "" + DEFAULT_ARTICLES,
      description = "How many synthetic articles to run (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "The corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print one JSON object per figure.")
  boolean json;

  @Option(names = "--warmup", paramLabel = "N", description = "Pages run before measuring (default: a tenth of N, 100 to 1000).")
  Integer warmup;

  @Option(names = "--queries", paramLabel = "Q", defaultValue = "100", description = "Distinct queries per query kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--query-seconds", paramLabel = "S", defaultValue = "2",
      description = "How long each query kind runs on each side, at least one round, after as long untimed (default: ${DEFAULT-VALUE}).")
  double querySeconds;

  @Option(names = "--refresh-interval-ms", paramLabel = "MS", defaultValue = "1000",
      description = "The Newsdesk index's refresh interval while ingesting: 1000 (default) as the library recommends for heavy"
          + " ingestion; 0 for its read-your-writes default, whose searches refresh when they need to.")
  long refreshMillis;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the indexes (default: a temporary folder, deleted at the end).")
  Path dir;

  /** One line of the report. */
  record Figure(String stage, double value, String unit, String baseline, double baselineValue, long items) {
    double ratio() {
      return baselineValue == 0 ? Double.NaN : value / baselineValue;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be at least 1, was " + articles);
    }
    if (refreshMillis < 0) {
      throw new IllegalArgumentException("--refresh-interval-ms must not be negative, was " + refreshMillis);
    }
    if (queries < 1) {
      throw new IllegalArgumentException("--queries must be at least 1, was " + queries);
    }
    if (warmup != null && warmup < 0 || querySeconds < 0) {
      throw new IllegalArgumentException("--warmup and --query-seconds must not be negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int warm = warmup != null ? warmup : (int) Math.max(100, Math.min(1000, articles / 10));
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("newsdesk-bench");
    try {
      List<Figure> figures = new Run(err, work, warm).run();
      for (Figure f : figures) {
        out.println(json ? Json.line(jsonOf(f)) : line(f));
      }
      out.flush();
    } finally {
      if (dir == null) {
        deleteTree(work);
      }
    }
    return 0;
  }

  static String line(Figure f) {
    return String.format(Locale.ROOT, "%s: %s %s (baseline %s: %s %s, cost ratio %.2f)", f.stage(), number(f.value()), f.unit(),
        f.baseline(), number(f.baselineValue()), f.unit(), f.ratio());
  }

  static Map<String, Object> jsonOf(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", f.stage());
    m.put("value", round(f.value()));
    m.put("unit", f.unit());
    m.put("baseline", f.baseline());
    m.put("baseline_value", round(f.baselineValue()));
    m.put("ratio", Double.isNaN(f.ratio()) ? null : Math.round(f.ratio() * 100) / 100.0);
    m.put("items", f.items());
    return m;
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
        : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : value >= 1 ? String.format(Locale.ROOT, "%.2f", value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  private static double round(double value) {
    return Double.parseDouble(number(value));
  }

  /** One benchmark run: its passes, timers and the figures they give. */
  private final class Run {
    private static final String SAMPLE_NOTE = "newsdesk bench: ";
    private static final int SAMPLES = 256;
    private static final int MAX_ROUNDS = 25;
    /** Pages per batch of the ingestion: long enough that each side runs with its own data in the caches. */
    private static final int BATCH = 100;
    /** How many pages the heap figures run, each side alone: enough to fill the index writers' buffers. */
    private static final int HEAP_PAGES = 3000;
    /** How many pages the fetch figures serve and fetch: enough for steady timings, few enough to keep in memory. */
    private static final int FETCHED_PAGES = 500;

    private final PrintWriter err;
    private final Path work;
    private final int warm;
    private final SyntheticCorpus corpus = SyntheticCorpus.seeded(seed);
    private final List<Figure> figures = new ArrayList<>();
    private final Timers ours = new Timers();
    private final Timers theirs = new Timers();
    private final List<QuerySeed> samples = new ArrayList<>();
    private final SplittableRandom sampling = new SplittableRandom(seed);
    private long seen;

    Run(PrintWriter err, Path work, int warm) {
      this.err = err;
      this.work = work;
      this.warm = warm;
    }

    List<Figure> run() throws IOException {
      err.printf(Locale.ROOT, "%s%d articles, seed %d, warm-up %d pages, %d queries per kind, refresh interval %d ms; %d CPUs, max heap %d MB, Java %s; work folder %s%n",
          SAMPLE_NOTE, articles, seed, warm, queries, refreshMillis, Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, Runtime.version(), work);
      long start = System.nanoTime();
      EntityRecognizer recognizer = EntityRecognizer.standard();
      ArticleExtractor extractor = ArticleExtractor.standard();
      warmUp(extractor, recognizer);
      Path newsdeskIndex = work.resolve("newsdesk-index");
      Path baselineIndex = work.resolve("baseline-index");
      Path heapIndex = work.resolve("heap-index");
      Path spool = work.resolve("articles.spool");
      for (Path folder : List.of(newsdeskIndex, baselineIndex, heapIndex)) {
        deleteTree(folder); // left by an earlier run in the same --dir
      }
      ingest(extractor, recognizer, newsdeskIndex, baselineIndex);
      long oursHeap = newsdeskHeap(extractor, recognizer, heapIndex, spool);
      recognizer = null; // let its tables go before the baseline's heap is measured
      deleteTree(heapIndex);
      long theirsHeap = baselineHeap(heapIndex, spool);
      deleteTree(heapIndex);
      Files.deleteIfExists(spool);
      long items = ours.articles;
      figures.add(new Figure("extract", ms(ours.extract, ours.pages), "ms/article", "jsoup-parse-text", ms(theirs.extract, theirs.pages), ours.pages));
      figures.add(new Figure("recognise", ms(ours.recognise, items), "ms/article", "lucene-standard-tokenizer", ms(theirs.recognise, theirs.articles), items));
      figures.add(new Figure("index", ms(ours.index, items), "ms/article", "lucene-indexwriter-standard-analyzer", ms(theirs.index, theirs.articles), items));
      figures.add(new Figure("pipeline", ms(ours.extract + ours.recognise + ours.index, ours.pages), "ms/article", "jsoup+tokenizer+indexwriter",
          ms(theirs.extract + theirs.recognise + theirs.index, theirs.pages), ours.pages));
      FetchBench fetch = new FetchBench(err, querySeconds);
      figures.addAll(fetch.run(corpus, (int) Math.min(articles, FETCHED_PAGES)));
      blackhole(fetch.sink());
      queries(newsdeskIndex);
      figures.add(new Figure("index-size", kb(size(newsdeskIndex), items), "KB/article", "lucene-standard-analyzer",
          kb(size(baselineIndex), theirs.articles), items));
      figures.add(new Figure("heap", oursHeap / 1048576.0, "MB peak", "jsoup+lucene", theirsHeap / 1048576.0, heapPages()));
      figures.addAll(KnowledgeBaseBench.run(err));
      err.printf(Locale.ROOT, "%sdone in %.1f s%n", SAMPLE_NOTE, (System.nanoTime() - start) / 1e9);
      return figures;
    }

    // ---- ingestion

    private void warmUp(ArticleExtractor extractor, EntityRecognizer recognizer) throws IOException {
      long start = System.nanoTime();
      SyntheticCorpus other = SyntheticCorpus.seeded(seed ^ 0x5DEECE66DL);
      try (NewsIndex index = NewsIndex.inMemory();
          Directory directory = new ByteBuffersDirectory();
          IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
          StandardTokenizer tokenizer = new StandardTokenizer();
          Stream<SyntheticPage> pages = other.pages(warm)) {
        pages.forEach(page -> {
          try {
            Article article = extractor.extract(page.page());
            if (article.hasBody()) {
              index.add(article, recognizer.recognise(article.text()));
              Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url().toString()).text();
              tokens(tokenizer, article.text());
              writer.addDocument(baselineDocument(article.canonicalUrl().toString(), article.title(), article.text()));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (NewsdeskException e) {
            // a page the extractor rejects is skipped here as in the measured pass
          }
        });
      }
      err.printf(Locale.ROOT, "%swarm-up: %d pages in %.1f s%n", SAMPLE_NOTE, warm, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Both pipelines over the same pages, batch by batch and stage by stage: each batch of pages is
     * extracted by Newsdesk and parsed by jsoup, then Newsdesk's texts are recognised and tokenized,
     * then indexed by Newsdesk and by a bare IndexWriter. Each stage is thus timed on its own, with its
     * own data in the caches, as each figure compares one stage with its baseline; and a machine that
     * slows down or speeds up during the run moves both sides alike, which two passes minutes apart
     * did not. The two sides of a stage run back to back, the baseline first in every other batch:
     * the side that runs second finds the batch's pages or texts in the caches, and neither side
     * always does.
     */
    private void ingest(ArticleExtractor extractor, EntityRecognizer recognizer, Path oursFolder, Path theirsFolder) throws IOException {
      long started = System.nanoTime();
      long step = Math.max(BATCH, articles / 16);
      long[] nextReport = {step};
      boolean[] baselineFirst = {false};
      try (NewsIndex index = NewsIndex.open(oursFolder, indexSettings());
          Directory directory = FSDirectory.open(theirsFolder);
          IndexWriter writer = baselineWriter(directory);
          StandardTokenizer tokenizer = new StandardTokenizer()) {
        forEachBatch(articles, batch -> {
          boolean first = baselineFirst[0];
          baselineFirst[0] = !first;
          List<Article> extracted = bothSides(first, () -> extract(batch, extractor, ours), () -> parse(batch, theirs));
          List<Ingested> done = bothSides(first, () -> recognise(extracted, recognizer, ours), () -> tokenize(extracted, tokenizer, theirs));
          bothSides(first, () -> index(done, index, ours), () -> addAll(extracted, writer, theirs));
          for (Ingested ingested : done) {
            if (ingested != null) {
              sample(ingested.article(), ingested.recognition());
            }
          }
          if (ours.pages >= nextReport[0]) {
            nextReport[0] += step;
            err.printf(Locale.ROOT, "%singest: %d of %d pages, %.0f s%n", SAMPLE_NOTE, ours.pages, articles, (System.nanoTime() - started) / 1e9);
            err.flush();
          }
        });
        long a = System.nanoTime();
        index.commit();
        long b = System.nanoTime();
        writer.commit();
        ours.index += b - a;
        theirs.index += System.nanoTime() - b;
      }
      err.printf(Locale.ROOT, "%singest: %d pages, %d articles%s, each through both pipelines, in %.1f s%n", SAMPLE_NOTE, ours.pages,
          ours.articles, ours.failed > 0 ? ", " + ours.failed + " failed" : "", (System.nanoTime() - started) / 1e9);
    }

    /** What is done with each batch of pages. */
    private interface BatchAction {
      void accept(List<SyntheticPage> batch) throws IOException;
    }

    /** Generates the first {@code count} pages of the corpus in batches of {@value #BATCH}. */
    private void forEachBatch(long count, BatchAction action) throws IOException {
      try (Stream<SyntheticPage> pages = corpus.pages(count)) {
        Iterator<SyntheticPage> source = pages.iterator();
        List<SyntheticPage> batch = new ArrayList<>(BATCH);
        while (source.hasNext()) {
          batch.clear();
          while (batch.size() < BATCH && source.hasNext()) {
            batch.add(source.next());
          }
          action.accept(batch);
        }
      }
    }

    /** One side of a stage over a batch, giving what the next stage takes. */
    private interface Side<T> {
      T run() throws IOException;
    }

    /** The baseline's side of a stage over a batch. */
    private interface BaselineSide {
      void run() throws IOException;
    }

    /** Runs a stage's two sides back to back, in the order given, and gives Newsdesk's result. */
    private static <T> T bothSides(boolean baselineFirst, Side<T> newsdesk, BaselineSide baseline) throws IOException {
      if (baselineFirst) {
        baseline.run();
      }
      T result = newsdesk.run();
      if (!baselineFirst) {
        baseline.run();
      }
      return result;
    }

    /** A batch of pages through Newsdesk, one stage after the other, timed into {@code t}. */
    private List<Ingested> newsdesk(List<SyntheticPage> batch, ArticleExtractor extractor, EntityRecognizer recognizer, NewsIndex index,
        Timers t) throws IOException {
      List<Ingested> done = recognise(extract(batch, extractor, t), recognizer, t);
      index(done, index, t);
      return done;
    }

    /** Newsdesk's articles of a batch of pages, null where a page gave none with a body. */
    private List<Article> extract(List<SyntheticPage> batch, ArticleExtractor extractor, Timers t) {
      List<Article> extracted = new ArrayList<>(batch.size());
      List<String> failures = new ArrayList<>();
      long start = System.nanoTime();
      for (SyntheticPage page : batch) {
        Article article = null;
        try {
          article = extractor.extract(page.page());
        } catch (NewsdeskException e) {
          failures.add(page.name() + ": " + e.getMessage());
        }
        extracted.add(article != null && article.hasBody() ? article : null);
      }
      t.extract += System.nanoTime() - start;
      t.pages += batch.size();
      t.failed += failures.size();
      failures.forEach(f -> err.println(SAMPLE_NOTE + f));
      return extracted;
    }

    private static List<Ingested> recognise(List<Article> extracted, EntityRecognizer recognizer, Timers t) {
      List<Ingested> done = new ArrayList<>(extracted.size());
      long start = System.nanoTime();
      for (Article article : extracted) {
        done.add(article == null ? null : new Ingested(article, recognizer.recognise(article.text())));
      }
      t.recognise += System.nanoTime() - start;
      return done;
    }

    private static int index(List<Ingested> done, NewsIndex index, Timers t) throws IOException {
      int indexed = 0;
      long start = System.nanoTime();
      for (Ingested ingested : done) {
        if (ingested != null) {
          index.add(ingested.article(), ingested.recognition());
          indexed++;
        }
      }
      t.index += System.nanoTime() - start;
      t.articles += indexed;
      return indexed;
    }

    /**
     * A batch through the baseline, one stage after the other, timed into {@code t}: the same pages
     * parsed, and Newsdesk's texts of them (null where there was none) tokenized and indexed.
     */
    private void baseline(List<SyntheticPage> batch, List<Article> extracted, StandardTokenizer tokenizer, IndexWriter writer, Timers t)
        throws IOException {
      parse(batch, t);
      tokenize(extracted, tokenizer, t);
      addAll(extracted, writer, t);
    }

    private void parse(List<SyntheticPage> batch, Timers t) throws IOException {
      long sink = 0;
      long start = System.nanoTime();
      for (SyntheticPage page : batch) {
        sink += Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url().toString()).text().length();
      }
      t.extract += System.nanoTime() - start;
      t.pages += batch.size();
      blackhole += sink;
    }

    private void tokenize(List<Article> extracted, StandardTokenizer tokenizer, Timers t) throws IOException {
      long sink = 0;
      long start = System.nanoTime();
      for (Article article : extracted) {
        if (article != null) {
          sink += tokens(tokenizer, article.text());
        }
      }
      t.recognise += System.nanoTime() - start;
      blackhole += sink;
    }

    private static void addAll(List<Article> extracted, IndexWriter writer, Timers t) throws IOException {
      long start = System.nanoTime();
      for (Article article : extracted) {
        if (article != null) {
          writer.addDocument(baselineDocument(article.canonicalUrl().toString(), article.title(), article.text()));
          t.articles++;
        }
      }
      t.index += System.nanoTime() - start;
    }

    /**
     * The peak heap of Newsdesk alone, its knowledge base loaded, over the first pages into a fresh
     * index; the articles are spooled to a file for {@link #baselineHeap}.
     */
    private long newsdeskHeap(ArticleExtractor extractor, EntityRecognizer recognizer, Path folder, Path spool) throws IOException {
      HeapProbe heap = new HeapProbe(heapPages());
      Timers untimed = new Timers();
      try (NewsIndex index = NewsIndex.open(folder, indexSettings());
          DataOutputStream spooled = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 20))) {
        heap.check();
        forEachBatch(heapPages(), batch -> {
          for (Ingested done : newsdesk(batch, extractor, recognizer, index, untimed)) {
            spooled.writeBoolean(done != null);
            if (done != null) {
              write(spooled, done.article().canonicalUrl().toString());
              write(spooled, done.article().title());
              write(spooled, done.article().text());
            }
          }
          heap.checkAt(untimed.pages);
        });
        heap.check();
      }
      return heap.peak;
    }

    /** The peak heap of the baseline alone over the pages and articles {@link #newsdeskHeap} spooled. */
    private long baselineHeap(Path folder, Path spool) throws IOException {
      HeapProbe heap = new HeapProbe(heapPages());
      Timers untimed = new Timers();
      try (Directory directory = FSDirectory.open(folder);
          IndexWriter writer = baselineWriter(directory);
          StandardTokenizer tokenizer = new StandardTokenizer();
          DataInputStream spooled = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 20))) {
        heap.check();
        forEachBatch(heapPages(), batch -> {
          List<Article> extracted = new ArrayList<>(batch.size());
          for (int i = 0; i < batch.size(); i++) {
            extracted.add(spooled.readBoolean()
                ? Article.builder(URI.create(read(spooled))).title(read(spooled)).text(read(spooled)).build()
                : null);
          }
          baseline(batch, extracted, tokenizer, writer, untimed);
          heap.checkAt(untimed.pages);
        });
        heap.check();
      }
      return heap.peak;
    }

    private long heapPages() {
      return Math.min(articles, HEAP_PAGES);
    }

    private IndexSettings indexSettings() {
      return IndexSettings.DEFAULT.withRefreshInterval(Duration.ofMillis(refreshMillis));
    }

    private void sample(Article article, Recognition recognition) {
      if (recognition.entities().isEmpty() || article.published().isEmpty()) {
        return;
      }
      seen++;
      List<String> ids = recognition.entities().stream().limit(3).map(Entity::id).toList();
      QuerySeed s = new QuerySeed(article.title(), ids, article.published().map(OffsetDateTime::toLocalDate).orElseThrow());
      if (samples.size() < SAMPLES) {
        samples.add(s);
      } else {
        long slot = sampling.nextLong(seen);
        if (slot < SAMPLES) {
          samples.set((int) slot, s);
        }
      }
    }

    // ---- queries

    private void queries(Path folder) throws IOException {
      if (samples.isEmpty()) {
        err.println(SAMPLE_NOTE + "no articles with entities and dates: no query figures");
        return;
      }
      List<Workload> workloads = workloads();
      try (NewsIndex index = NewsIndex.openReadOnly(folder);
          Directory directory = FSDirectory.open(folder);
          DirectoryReader reader = DirectoryReader.open(directory)) {
        HandWritten hand = new HandWritten(reader);
        for (Kind kind : Kind.values()) {
          figures.add(measure(kind, workloads, index, hand));
        }
      }
    }

    private List<Workload> workloads() {
      SplittableRandom random = new SplittableRandom(seed * 31 + 7);
      List<Workload> out = new ArrayList<>();
      List<QuerySeed> usable = samples.stream().filter(s -> !words(s.title(), random).isEmpty()).toList();
      List<QuerySeed> from = usable.isEmpty() ? samples : usable;
      for (int i = 0; i < queries; i++) {
        QuerySeed s = from.get(random.nextInt(from.size()));
        String words = words(s.title(), random);
        String entity = s.entities().get(random.nextInt(s.entities().size()));
        out.add(new Workload(words.isEmpty() ? "government" : words, entity, s.day().minusDays(180), s.day().plusDays(180)));
      }
      return out;
    }

    private Figure measure(Kind kind, List<Workload> workloads, NewsIndex index, HandWritten hand) throws IOException {
      int mismatches = 0;
      for (Workload w : workloads) { // a check that both sides answer the same
        long ours = newsdesk(kind, w, index);
        TotalHits theirs = hand.run(kind, w);
        if (theirs.relation() == TotalHits.Relation.EQUAL_TO && theirs.value() < 10_000 && ours != theirs.value()) {
          mismatches++;
        }
      }
      if (mismatches > 0) {
        err.printf(Locale.ROOT, "%swarning: %d of %d %s queries counted different totals in Newsdesk and by hand%n",
            SAMPLE_NOTE, mismatches, workloads.size(), kind.stage);
      }
      rounds(kind, workloads, index, hand); // warm-up: until both sides' code is compiled, as measured next
      long[] timed = rounds(kind, workloads, index, hand);
      return new Figure(kind.stage, timed[0] / 1e6 / timed[2], "ms/query", kind.baseline, timed[1] / 1e6 / timed[2], timed[2]);
    }

    /**
     * Rounds of the workloads through both sides, the side that goes first alternating, until each
     * side has run {@code --query-seconds} (at most {@value #MAX_ROUNDS} rounds): Newsdesk's and the
     * baseline's nanoseconds and the queries each side ran.
     */
    private long[] rounds(Kind kind, List<Workload> workloads, NewsIndex index, HandWritten hand) throws IOException {
      long oursNanos = 0;
      long theirsNanos = 0;
      long runs = 0;
      for (int round = 0; round < MAX_ROUNDS && (round == 0 || Math.min(oursNanos, theirsNanos) < querySeconds * 1e9); round++) {
        boolean oursFirst = round % 2 == 0;
        for (int side = 0; side < 2; side++) {
          long start = System.nanoTime();
          if ((side == 0) == oursFirst) {
            for (Workload w : workloads) {
              newsdesk(kind, w, index);
            }
            oursNanos += System.nanoTime() - start;
          } else {
            for (Workload w : workloads) {
              hand.run(kind, w);
            }
            theirsNanos += System.nanoTime() - start;
          }
        }
        runs += workloads.size();
      }
      return new long[] {oursNanos, theirsNanos, runs};
    }

    private long newsdesk(Kind kind, Workload w, NewsIndex index) {
      SearchResults results = switch (kind) {
        case TEXT -> index.search().matching(w.words()).fetch(10);
        case ENTITY -> index.search().mentioning(w.entity()).fetch(10);
        case TEXT_ENTITY_DATES -> index.search().matching(w.words()).mentioning(w.entity()).publishedBetween(w.from(), w.to()).fetch(10);
        case FACETS -> index.search().mentioning(w.entity())
            .facetedBy(Facet.entities(), Facet.sites(), Facet.types(), Facet.languages()).fetch(10);
      };
      blackhole += results.hits().size();
      return results.total();
    }

    private String words(String title, SplittableRandom random) {
      List<String> candidates = new ArrayList<>();
      for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.length() >= 4 && !QUERY_STOPWORDS.contains(word) && HandWritten.analyze(word).size() == 1) {
          candidates.add(word);
        }
      }
      if (candidates.isEmpty()) {
        return "";
      }
      String first = candidates.get(random.nextInt(candidates.size()));
      if (candidates.size() == 1 || random.nextInt(3) == 0) {
        return first;
      }
      String second = candidates.get(random.nextInt(candidates.size()));
      return second.equals(first) ? first : first + " " + second;
    }
  }

  /** Results are added here so that the JIT cannot drop the work that made them. */
  private static volatile long blackhole;

  static void blackhole(long value) {
    blackhole += value;
  }

  private static final Set<String> QUERY_STOPWORDS = Set.of("with", "from", "over", "after", "what", "that", "this", "into", "near", "their");

  /** A page of gold information the query workloads are drawn from. */
  private record QuerySeed(String title, List<String> entities, LocalDate day) {}

  /** One query's parameters, used by every kind. */
  private record Workload(String words, String entity, LocalDate from, LocalDate to) {}

  private enum Kind {
    TEXT("query-text", "lucene-by-hand"),
    ENTITY("query-entity", "lucene-by-hand"),
    TEXT_ENTITY_DATES("query-text-entity-dates", "lucene-by-hand"),
    FACETS("facets", "lucene-facet-by-hand");

    final String stage;
    final String baseline;

    Kind(String stage, String baseline) {
      this.stage = stage;
      this.baseline = baseline;
    }
  }

  /**
   * The same searches written by hand against the index folder, with the field names of the
   * documented schema: title^2 and text analysed in English, entity keywords, publication day
   * points; top 10 by score then newest, with stored fields and a snippet per hit.
   */
  private static final class HandWritten {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final String[] DIMENSIONS = {"site", "type", "language"};
    /** The schema counts each entity id in its type's dimension; the top of all types is merged from theirs. */
    private static final String[] ENTITY_DIMENSIONS = Arrays.stream(EntityType.values()).map(t -> "entity_id." + t.name()).toArray(String[]::new);
    private final IndexSearcher searcher;
    private final DefaultSortedSetDocValuesReaderState facetState;
    private final Sort relevance;
    private final UnifiedHighlighter highlighter;

    HandWritten(DirectoryReader reader) throws IOException {
      this.searcher = new IndexSearcher(reader);
      FacetsConfig config = new FacetsConfig();
      for (String dimension : ENTITY_DIMENSIONS) {
        config.setMultiValued(dimension, true);
      }
      config.setMultiValued("type", true);
      this.facetState = new DefaultSortedSetDocValuesReaderState(reader, config);
      SortField newest = new SortField("published", SortField.Type.LONG, true, Long.MIN_VALUE);
      this.relevance = new Sort(SortField.FIELD_SCORE, newest, SortField.FIELD_DOC);
      this.highlighter = UnifiedHighlighter.builder(searcher, ENGLISH).withMaxNoHighlightPassages(1).withMaxLength(10_000).build();
    }

    TotalHits run(Kind kind, Workload w) throws IOException {
      Query query = switch (kind) {
        case TEXT -> words(w.words());
        case ENTITY, FACETS -> new ConstantScoreQuery(new TermQuery(new Term("entity", w.entity())));
        case TEXT_ENTITY_DATES -> new BooleanQuery.Builder()
            .add(words(w.words()), Occur.MUST)
            .add(new TermQuery(new Term("entity", w.entity())), Occur.FILTER)
            .add(IntPoint.newRangeQuery("published_day", (int) w.from().toEpochDay(), (int) w.to().toEpochDay()), Occur.FILTER)
            .build();
      };
      TopDocs top;
      if (kind == Kind.FACETS) {
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, 10, relevance, true, new FacetsCollectorManager());
        top = result.topDocs();
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
        List<LabelAndValue> entities = new ArrayList<>();
        for (String dimension : ENTITY_DIMENSIONS) {
          FacetResult values = counts.getTopChildren(10, dimension);
          if (values != null) {
            entities.addAll(List.of(values.labelValues));
          }
        }
        entities.sort(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label));
        blackhole += entities.subList(0, Math.min(10, entities.size())).size();
        for (String dimension : DIMENSIONS) {
          FacetResult values = counts.getTopChildren(10, dimension);
          blackhole += values == null ? 0 : values.childCount;
        }
      } else {
        top = searcher.search(query, new TopFieldCollectorManager(relevance, 10, null, 10_000));
      }
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc);
        if (doc.get("url") == null) {
          throw new IllegalStateException("a hit without a url: the schema changed?");
        }
        doc.get("title");
        doc.get("published");
        doc.getValues("entities");
      }
      highlighter.highlight("text", query, top, 1);
      return top.totalHits;
    }

    /**
     * Every word must match, in the title (counting double) or the text. The schema indexes each
     * word as written and, beside it, its stem marked with U+0001 where the two differ: a word's
     * stem is asked for in both forms.
     */
    private static Query words(String words) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String word : words.split(" ")) {
        for (String stem : analyze(word)) {
          all.add(new BooleanQuery.Builder()
              .add(new BoostQuery(stemmed("title", stem), 2f), Occur.SHOULD)
              .add(stemmed("text", stem), Occur.SHOULD)
              .build(), Occur.MUST);
        }
      }
      return all.build();
    }

    private static Query stemmed(String field, String stem) {
      return new SynonymQuery.Builder(field).addTerm(new Term(field, stem)).addTerm(new Term(field, "\u0001" + stem)).build();
    }

    static List<String> analyze(String word) {
      List<String> terms = new ArrayList<>();
      try (TokenStream tokens = ENGLISH.tokenStream("text", word)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          terms.add(term.toString());
        }
        tokens.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return terms;
    }
  }

  // ---- helpers

  /** Nanoseconds spent per stage by one side, and what it went through. */
  private static final class Timers {
    long extract;
    long recognise;
    long index;
    long pages;
    long articles;
    long failed;
  }

  /** An article Newsdesk indexed, with the entities found in it. */
  private record Ingested(Article article, Recognition recognition) {}

  /** The largest heap in use right after a full collection, over the checks made: 16 over a run, and one at each end. */
  private static final class HeapProbe {
    private final long step;
    private long nextCheck;
    long peak;

    HeapProbe(long pages) {
      this.step = Math.max(1, pages / 16);
      this.nextCheck = step;
    }

    /** Checks when {@code pages} has passed the next sixteenth of the run. */
    void checkAt(long pages) {
      if (pages >= nextCheck) {
        nextCheck += step;
        check();
      }
    }

    void check() {
      System.gc();
      peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
  }

  static IndexWriter baselineWriter(Directory directory) throws IOException {
    return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
  }

  static Document baselineDocument(String url, String title, String text) {
    Document doc = new Document();
    doc.add(new StringField("url", url, Field.Store.YES));
    doc.add(new TextField("title", title, Field.Store.YES));
    doc.add(new TextField("text", text, Field.Store.YES));
    return doc;
  }

  static int tokens(StandardTokenizer tokenizer, String text) throws IOException {
    tokenizer.setReader(new StringReader(text));
    tokenizer.reset();
    int count = 0;
    while (tokenizer.incrementToken()) {
      count++;
    }
    tokenizer.end();
    tokenizer.close();
    return count;
  }

  private static void write(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String read(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static double ms(long nanos, long items) {
    return items == 0 ? 0 : nanos / 1e6 / items;
  }

  private static double kb(long bytes, long items) {
    return items == 0 ? 0 : bytes / 1024.0 / items;
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
