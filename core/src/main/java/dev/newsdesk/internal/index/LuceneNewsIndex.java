package dev.newsdesk.internal.index;

import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.internal.text.Whitespace;
import dev.newsdesk.search.Hit;
import dev.newsdesk.search.IncompatibleIndexException;
import dev.newsdesk.search.IndexException;
import dev.newsdesk.search.IndexLockedException;
import dev.newsdesk.search.IndexNotFoundException;
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
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded engine: one {@link IndexWriter} per index shared by all threads, searchers from a
 * {@link SearcherManager} refreshed before a search that follows a write (read-your-writes).
 */
public final class LuceneNewsIndex implements NewsIndex {
  private static final int SNIPPET_CHARS = 240;

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean stale = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Facets facets = new Facets();

  private LuceneNewsIndex(Path folder, Directory directory, IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
  }

  public static NewsIndex inMemory() {
    try {
      Directory directory = new ByteBuffersDirectory();
      return new LuceneNewsIndex(null, directory, newWriter(directory));
    } catch (IOException e) {
      throw new IndexException(null, Messages.indexIo("memory", e), e);
    }
  }

  public static NewsIndex open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    Directory directory = null;
    try {
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
      checkSchema(folder, directory);
      return new LuceneNewsIndex(folder, directory, newWriter(directory));
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
      return new LuceneNewsIndex(folder, directory, null);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new IndexException(folder, Messages.indexIo(folder.toString(), e), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  private static IndexWriter newWriter(Directory directory) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
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
    Document doc = Documents.toDocument(article, recognition);
    try {
      writer.updateDocument(new Term(Schema.URL, article.canonicalUrl().toString()), doc);
      stale.set(true);
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  @Override
  public boolean delete(URI canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    requireWritable();
    TermQuery key = new TermQuery(new Term(Schema.URL, canonicalUrl.toString()));
    try {
      boolean present = withSearcher(s -> s.count(key)) > 0;
      writer.deleteDocuments(key);
      stale.set(true);
      return present;
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  @Override
  public SearchResults execute(NewsQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    Query lucene = QueryTranslator.translate(query);
    try {
      return withSearcher(searcher -> {
        TopDocs top = searcher.search(lucene, limit, sortOf(query.sort()), query.sort() == SortOrder.RELEVANCE);
        long total = searcher.count(lucene);
        String[] snippets = snippets(searcher, lucene, top, query.highlight());
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
          ScoreDoc sd = top.scoreDocs[i];
          Document doc = stored.document(sd.doc);
          float score = Float.isNaN(sd.score) ? 0f : sd.score;
          hits.add(new Hit(Documents.url(doc), Documents.title(doc), Documents.published(doc), Documents.site(doc),
              Documents.byline(doc), score, snippets[i] == null ? "" : snippets[i], Documents.entities(doc)));
        }
        return new SearchResults(total, hits, facets.count(searcher, lucene));
      });
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  private static Sort sortOf(SortOrder order) {
    // Articles without a date sort last in both directions.
    SortField newest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    SortField oldest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, false);
    oldest.setMissingValue(Long.MAX_VALUE);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, SortField.FIELD_DOC);
      case NEWEST -> new Sort(newest, SortField.FIELD_DOC);
      case OLDEST -> new Sort(oldest, SortField.FIELD_DOC);
    };
  }

  private static String[] snippets(IndexSearcher searcher, Query query, TopDocs top, boolean highlight) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, Schema.analyzer())
            .withMaxNoHighlightPassages(1)
            .withFormatter(highlight ? new DefaultPassageFormatter("<b>", "</b>", "… ", false) : new DefaultPassageFormatter("", "", "… ", false))
            .withMaxLength(10_000)
            .build();
    String[] snippets = highlighter.highlight(Schema.TEXT, query, top, 1);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] != null && snippets[i].length() > SNIPPET_CHARS * 2) {
        snippets[i] = snippets[i].substring(0, SNIPPET_CHARS * 2) + "…";
      }
      if (snippets[i] != null) {
        snippets[i] = Whitespace.normalize(snippets[i]);
      }
    }
    return snippets;
  }

  @Override
  public long size() {
    try {
      return withSearcher(s -> (long) s.getIndexReader().numDocs());
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
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
      searchers.close();
      if (writer != null) {
        writer.close(); // commits
      }
      directory.close();
    } catch (IOException e) {
      throw new IndexException(folder, Messages.indexIo(where(), e), e);
    }
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    if (writer == null) {
      searchers.maybeRefresh(); // see commits made by a writer elsewhere
    } else if (stale.getAndSet(false)) {
      searchers.maybeRefreshBlocking();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
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
