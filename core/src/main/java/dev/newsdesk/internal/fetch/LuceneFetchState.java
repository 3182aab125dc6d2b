package dev.newsdesk.internal.fetch;

import dev.newsdesk.fetch.Validators;
import dev.newsdesk.internal.Messages;
import dev.newsdesk.search.IndexException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The fetch state of a desk on disk: a small Lucene index in the {@value #FOLDER} subfolder of the
 * index folder, one document per URL (keyword {@code url}, keyword {@code canonical}, stored
 * {@code etag} and {@code last_modified}). The article index's lock covers it: only the desk that
 * holds that lock opens it.
 *
 * <p>Changes since the searcher was last refreshed are also kept in a map that {@link #get}
 * reads first, so a batch that reads and writes the state for every page does not reopen the
 * searcher (flushing a segment) each time; the searcher is refreshed when the map grows large, on
 * commit, and after {@link #forgetCanonical}.
 */
final class LuceneFetchState implements FetchState {
  static final String FOLDER = "fetch-state";

  private static final String URL = "url";
  private static final String CANONICAL = "canonical";
  private static final String ETAG = "etag";
  private static final String LAST_MODIFIED = "last_modified";

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private static final int MAX_PENDING = 10_000;

  /** Entries written since the last refresh; an empty value is a removed URL. */
  private final Map<URI, Optional<Entry>> pending = new ConcurrentHashMap<>();
  /** Writers share it; a refresh (which then empties {@link #pending}) takes it alone. */
  private final ReadWriteLock refreshing = new ReentrantReadWriteLock();
  private final AtomicBoolean stale = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  private LuceneFetchState(Path folder, Directory directory, IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  static LuceneFetchState open(Path indexFolder) {
    Path folder = indexFolder.resolve(FOLDER);
    Directory directory = null;
    try {
      directory = FSDirectory.open(folder);
      IndexWriterConfig config = new IndexWriterConfig();
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new LuceneFetchState(folder, directory, new IndexWriter(directory, config));
    } catch (IOException e) {
      if (directory != null) {
        try {
          directory.close();
        } catch (IOException ignored) {
          // the first error is the one reported
        }
      }
      throw new IndexException(indexFolder, Messages.indexIo(folder.toString(), e), e);
    }
  }

  @Override
  public Optional<Entry> get(URI url) {
    Optional<Entry> recent = pending.get(url);
    if (recent != null) {
      return recent;
    }
    try {
      if (stale.get() || pending.size() > MAX_PENDING) {
        refresh();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(new TermQuery(new Term(URL, url.toString())), 1);
        if (top.scoreDocs.length == 0) {
          return Optional.empty();
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        return Optional.of(new Entry(Validators.of(doc.get(ETAG), doc.get(LAST_MODIFIED)),
            Optional.ofNullable(doc.get(CANONICAL)).map(URI::create)));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void put(URI url, Entry entry) {
    Document doc = new Document();
    doc.add(new StringField(URL, url.toString(), Field.Store.YES));
    entry.canonicalUrl().ifPresent(c -> doc.add(new StringField(CANONICAL, c.toString(), Field.Store.YES)));
    entry.validators().etag().ifPresent(v -> doc.add(new StoredField(ETAG, v)));
    entry.validators().lastModified().ifPresent(v -> doc.add(new StoredField(LAST_MODIFIED, v)));
    write(() -> {
      writer.updateDocument(new Term(URL, url.toString()), doc);
      pending.put(url, Optional.of(entry));
    });
  }

  @Override
  public void remove(URI url) {
    write(() -> {
      writer.deleteDocuments(new Term(URL, url.toString()));
      pending.put(url, Optional.empty());
    });
  }

  @Override
  public void forgetCanonical(URI canonicalUrl) {
    write(() -> {
      writer.deleteDocuments(new Term(CANONICAL, canonicalUrl.toString()));
      pending.replaceAll((url, entry) -> entry.filter(e -> !e.canonicalUrl().equals(Optional.of(canonicalUrl))));
      stale.set(true); // the searcher may still show other URLs under that canonical URL
    });
  }

  private interface Write {
    void run() throws IOException;
  }

  private void write(Write change) {
    refreshing.readLock().lock();
    try {
      change.run();
    } catch (IOException e) {
      throw failure(e);
    } finally {
      refreshing.readLock().unlock();
    }
  }

  /** Reopens the searcher on every change so far; the pending map is then no longer needed. */
  private void refresh() throws IOException {
    refreshing.writeLock().lock();
    try {
      searchers.maybeRefreshBlocking();
      pending.clear();
      stale.set(false);
    } finally {
      refreshing.writeLock().unlock();
    }
  }

  @Override
  public void commit() {
    try {
      writer.commit();
      refresh();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      searchers.close();
      writer.close(); // commits
      directory.close();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private IndexException failure(IOException e) {
    return new IndexException(folder, Messages.indexIo(folder.toString(), e), e);
  }
}
