package dev.newsdesk.internal.index;

import dev.newsdesk.entity.Recognition;
import dev.newsdesk.entity.Entity;
import dev.newsdesk.search.EntityCount;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.Trend;
import dev.newsdesk.search.Watch;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import dev.newsdesk.extract.Article;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.search.Hit;
import dev.newsdesk.search.IncompatibleIndexException;
import dev.newsdesk.search.IndexException;
import dev.newsdesk.search.IndexLockedException;
import dev.newsdesk.search.IndexNotFoundException;
import dev.newsdesk.search.IndexSettings;
import dev.newsdesk.search.NewsIndex;
import dev.newsdesk.search.NewsQuery;
import dev.newsdesk.search.SearchResults;
import dev.newsdesk.search.SortOrder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded engine: one {@link IndexWriter} per index shared by all threads, searchers from a
 * {@link SearcherManager} refreshed before a search that follows a write (read-your-writes).
 */
public final class LuceneNewsIndex implements NewsIndex {
  /** A collapsed page reads this many hits per wanted one, to fill the page after folding copies. */
  private static final int COLLAPSE_LOOKAHEAD = 4;
  /** Trends rank this many times the wanted number of the period's most mentioned entities. */
  private static final int TREND_CANDIDATES = 5;


  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean stale = new AtomicBoolean();
  private final RecentSignatures recent = new RecentSignatures();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Aggregations aggregations = new Aggregations();
  private final ReaderFields fields = new ReaderFields();
  private final Watches watches = new Watches();
  private final ScheduledExecutorService background;
  private final boolean readYourWrites;

  /** How often an index with read-your-writes searches refreshes besides: see the constructor. */
  private static final Duration WRITE_ONLY_REFRESH = Duration.ofSeconds(1);
  /** The generation of the commit a read-only index last refreshed to. */
  private volatile long seenCommit = -1;

  private LuceneNewsIndex(Path folder, Directory directory, IndexWriter writer, IndexSettings settings) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    this.searchers.addListener(recent);
    this.readYourWrites = settings.refreshInterval().isZero();
    this.background = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsdesk-index " + where());
      t.setDaemon(true);
      return t;
    });
    if (writer != null) {
      every(settings.commitInterval(), () -> {
        if (writer.hasUncommittedChanges()) {
          writer.commit();
        }
      });
    }
    if (!readYourWrites || writer != null) {
      // Read-your-writes searches refresh when they need to, but an index only written to must
      // still refresh: until then every added article's signature is held in memory for the
      // duplicate check, and the adding threads write out the buffered segments themselves.
      every(readYourWrites ? WRITE_ONLY_REFRESH : settings.refreshInterval(), searchers::maybeRefresh);
    }
  }

  private interface Chore {
    void run() throws IOException;
  }

  private void every(Duration interval, Chore chore) {
    long millis = Math.max(1, interval.toMillis());
    background.scheduleWithFixedDelay(() -> {
      try {
        chore.run();
      } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
        // the next run, commit() or close() tries again
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
  }

  public static NewsIndex inMemory(IndexSettings settings) {
    Objects.requireNonNull(settings, "settings");
    try {
      Directory directory = new ByteBuffersDirectory();
      return new LuceneNewsIndex(null, directory, newWriter(directory, settings), settings);
    } catch (IOException e) {
      throw new IndexException(null, Messages.indexIo("memory", e), e);
    }
  }

  public static NewsIndex open(Path folder, IndexSettings settings) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(settings, "settings");
    Directory directory = null;
    try {
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
      checkSchema(folder, directory);
      return new LuceneNewsIndex(folder, directory, newWriter(directory, settings), settings);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexLockedException(folder, Messages.indexLocked(folder), e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexException(folder, Messages.indexIo(folder.toString(), e), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  public static NewsIndex openReadOnly(Path folder) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new IndexNotFoundException(folder, Messages.noIndex(folder), null);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotFoundException(folder, Messages.noIndex(folder), null);
      }
      checkSchema(folder, directory);
      return new LuceneNewsIndex(folder, directory, null, IndexSettings.DEFAULT);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexException(folder, Messages.indexIo(folder.toString(), e), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  private static IndexWriter newWriter(Directory directory, IndexSettings settings) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(settings.bufferMegabytes());
    config.setCodec(new IndexCodec());
    IndexWriter writer = new IndexWriter(directory, config);
    writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION)).entrySet());
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit(); // an empty index is still an index, with its schema version
    }
    return writer;
  }

  /** An existing index must carry this schema version; a folder without an index is fine. */
  private static void checkSchema(Path folder, Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    String version = commits.get(commits.size() - 1).getUserData().get(Schema.VERSION_KEY);
    if (!Integer.toString(Schema.VERSION).equals(version)) {
      throw new IncompatibleIndexException(folder,
          Messages.schemaVersion(folder, version == null ? "missing (not a Newsdesk index?)" : version, Schema.VERSION));
    }
  }

  @Override
  public void add(Article article, Recognition recognition) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(recognition, "recognition");
    requireWritable();
    String url = article.canonicalUrl().toString();
    try {
      int[] signature = MinHash.signature(article.text());
      String story = storyOf(signature, url);
      Document doc = Documents.toDocument(article, recognition, signature, story);
      writer.updateDocument(new Term(Schema.URL, url), doc);
      // After the writer has it: a refresh starting in between must not drop it from the recent
      // signatures as though the refreshed reader held it, nor keep an article the writer refused.
      recent.add(url, signature, story);
      stale.set(true);
      watches.offer(doc);
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  /** The story of an indexed near-duplicate of the text, else a new story named by this URL. */
  private String storyOf(int[] signature, String url) throws IOException {
    Optional<String> recentStory = recent.storyOf(signature, url);
    if (recentStory.isPresent()) {
      return recentStory.get();
    }
    // The current searcher, without a refresh: what it does not see yet, recent signatures hold.
    IndexSearcher searcher = searchers.acquire();
    try {
      return IndexedSignatures.storyOf(searcher, signature, url).orElse(url);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public boolean delete(URI canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    requireWritable();
    boolean present = contains(canonicalUrl);
    try {
      writer.deleteDocuments(new Term(Schema.URL, canonicalUrl.toString()));
      stale.set(true);
      return present;
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  @Override
  public boolean contains(URI canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    TermQuery key = new TermQuery(new Term(Schema.URL, canonicalUrl.toString()));
    return read(searcher -> searcher.count(key) > 0);
  }

  @Override
  public SearchResults execute(NewsQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    return read(searcher -> {
      Query lucene = QueryTranslator.translate(query, searcher, indexed(searcher));
      FieldDoc after = query.after().map(Cursors::decode).orElse(null);
      int wanted = query.collapse() ? limit * COLLAPSE_LOOKAHEAD : limit;
      TopFieldDocs top = searcher.search(lucene,
          new TopFieldCollectorManager(sortOf(query.sort()), wanted, after, query.exactTotalUpTo()));
      if (query.sort() == SortOrder.RELEVANCE) {
        // The score is the first sort value: no second pass over the query to fill it in.
        for (ScoreDoc sd : top.scoreDocs) {
          sd.score = (Float) ((FieldDoc) sd).fields[0];
        }
      }
      StoredFields stored = searcher.storedFields();
      List<ScoreDoc> chosen = new ArrayList<>();
      Set<String> stories = new HashSet<>();
      int consumed = 0;
      for (ScoreDoc sd : top.scoreDocs) {
        if (chosen.size() == limit) {
          break;
        }
        consumed++;
        if (!query.collapse() || stories.add(stored.document(sd.doc, Set.of(Schema.STORY)).get(Schema.STORY))) {
          chosen.add(sd);
        }
      }
      // Each hit's stored document is read once, for the hit and for its snippet.
      int[] docIds = chosen.stream().mapToInt(sd -> sd.doc).toArray();
      Map<Integer, Document> loaded = new HashMap<>();
      for (int doc : docIds) {
        loaded.put(doc, stored.document(doc));
      }
      String[] bodies = Snippets.of(searcher, fields.of(searcher.getIndexReader()), lucene, docIds, loaded, query.highlight());
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < chosen.size(); i++) {
        ScoreDoc sd = chosen.get(i);
        float score = Float.isNaN(sd.score) ? 0f : sd.score;
        Optional<String> explanation = query.explain()
            ? Optional.of(searcher.explain(lucene, sd.doc).toString()) : Optional.empty();
        hits.add(Documents.toHit(loaded.get(sd.doc), score, bodies[i], explanation));
      }
      boolean more = consumed < top.scoreDocs.length || top.scoreDocs.length == wanted;
      Optional<String> next = more && consumed > 0
          ? Optional.of(Cursors.encode((FieldDoc) top.scoreDocs[consumed - 1])) : Optional.empty();
      boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
      return new SearchResults(top.totalHits.value(), exact, hits,
          aggregations.facets(searcher, lucene, query.facets()), next);
    });
  }

  @Override
  public List<EntityCount> topEntities(NewsQuery query, int limit) {
    return read(searcher -> {
      Set<String> named = new HashSet<>();
      for (String entity : query.entities()) {
        named.addAll(idsNamed(searcher, entity));
      }
      return aggregations.topEntities(searcher, QueryTranslator.translate(query, searcher, indexed(searcher)), named, limit);
    });
  }

  /** The ids of the entities that {@code name} (an id, name or alias) stands for in the index. */
  private static Set<String> idsNamed(IndexSearcher searcher, String name) throws IOException {
    Set<String> ids = new HashSet<>();
    String key = Schema.keyword(name);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(QueryTranslator.keyword(Schema.ENTITY, name), 20).scoreDocs) {
      for (Entity e : Documents.entities(stored.document(sd.doc))) {
        if (Schema.keyword(e.id()).equals(key) || Schema.keyword(e.name()).equals(key)
            || dev.newsdesk.internal.text.Slugs.slug(name).equals(e.id())) {
          ids.add(e.id());
        }
      }
    }
    return ids;
  }

  @Override
  public List<Trend> trendingEntities(NewsQuery query, LocalDate from, LocalDate to, int limit) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    NewsQuery now = withDates(query, from, to);
    NewsQuery before = withDates(query, from.minusDays(days), from.minusDays(1));
    return read(searcher -> {
      Query current = QueryTranslator.translate(now, searcher, indexed(searcher));
      Query previous = QueryTranslator.translate(before, searcher, indexed(searcher));
      List<Trend> trends = new ArrayList<>();
      for (EntityCount count : aggregations.topEntities(searcher, current, Set.of(), limit * TREND_CANDIDATES)) {
        long earlier = aggregations.count(searcher, previous, count.id());
        trends.add(new Trend(count, earlier, (count.articles() + 1.0) / (earlier + 1.0)));
      }
      trends.sort(Comparator.comparingDouble(Trend::ratio).reversed()
          .thenComparing(t -> -t.entity().articles()).thenComparing(t -> t.entity().id()));
      return List.copyOf(trends.subList(0, Math.min(limit, trends.size())));
    });
  }

  private static NewsQuery withDates(NewsQuery q, LocalDate from, LocalDate to) {
    return new NewsQuery(q.words(), q.syntax(), q.entities(), q.anyEntities(), q.excludedEntities(), q.types(),
        Optional.of(from), Optional.of(to), q.sites(), q.excludedSites(), q.languages(), q.bylines(), q.sections(), q.tags(), q.similarTo(),
        q.sort(), q.recencyHalfLife(), q.highlight(), q.explain(), q.collapse(), List.of(), Optional.empty(), q.exactTotalUpTo());
  }

  @Override
  public SortedMap<LocalDate, Long> timeline(NewsQuery query) {
    return read(searcher -> {
      Query lucene = QueryTranslator.translate(query, searcher, indexed(searcher));
      FacetsCollector matches = searcher.search(lucene, new FacetsCollectorManager());
      SortedMap<LocalDate, Long> days = new TreeMap<>();
      aggregations.histogram(matches, Facet.Interval.DAY).forEach((day, n) -> days.put(LocalDate.parse(day), n));
      return Collections.unmodifiableSortedMap(days);
    });
  }

  @Override
  public Watch watch(NewsQuery query, Consumer<Hit> listener) {
    Objects.requireNonNull(listener, "listener");
    // Every language: a saved query also judges articles in languages the index does not hold yet.
    return read(searcher -> watches.add(QueryTranslator.translate(query, searcher, field -> true), listener));
  }

  /** Whether the searcher's index has a field: a query need not search fields no article has. */
  private Predicate<String> indexed(IndexSearcher searcher) {
    FieldInfos infos = fields.of(searcher.getIndexReader());
    return field -> infos.fieldInfo(field) != null;
  }

  private static Sort sortOf(SortOrder order) {
    // Articles without a date sort last in both directions. Ties go by a hash of the URL, fixed
    // per article across merges (unlike doc ids), so page cursors stay valid; a string sort on the
    // URL itself would copy its bytes out of the terms dictionary for every competitive hit.
    SortField newest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    SortField oldest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, false);
    oldest.setMissingValue(Long.MAX_VALUE);
    SortField byUrl = new SortField(Schema.URL_HASH, SortField.Type.LONG);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, byUrl);
      case NEWEST -> new Sort(newest, byUrl);
      case OLDEST -> new Sort(oldest, byUrl);
    };
  }

  @Override
  public long size() {
    return read(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public void commit() {
    if (writer == null) {
      return;
    }
    try {
      writer.commit();
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      // A refresh or commit under way finishes first: interrupted, it would close Lucene's file
      // channels under the writer, which could then neither commit nor close.
      background.close();
      searchers.close();
      if (writer != null) {
        writer.close(); // commits
      }
      directory.close();
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  /** Runs read-only work on a fresh searcher, turning I/O failures into index exceptions. */
  private <T> T read(SearcherWork<T> work) {
    try {
      return withSearcher(work);
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    if (writer == null) {
      seeLatestCommit();
    } else if (readYourWrites && stale.getAndSet(false)) {
      searchers.maybeRefreshBlocking();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Refreshes a read-only index when a writer elsewhere has committed since: a listing of the
   * folder shows that, where asking the searcher manager reads and parses the latest commit.
   */
  private void seeLatestCommit() throws IOException {
    long latest = SegmentInfos.getLastCommitGeneration(directory);
    if (latest != seenCommit) {
      searchers.maybeRefreshBlocking();
      seenCommit = latest; // a commit made during the refresh only costs one more refresh
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException(Messages.readOnly());
    }
  }

  private String where() {
    return folder == null ? "in-memory index" : folder.toString();
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one reported
      }
    }
  }
}
