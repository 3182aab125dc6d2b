package dev.newsdesk.internal.index;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The fields of the last reader seen, merged over its segments once: searches ask which fields
 * exist (to skip languages no article is in) and the highlighter asks for their options, on every
 * search of the same reader.
 */
final class ReaderFields {
  private record Merged(IndexReader reader, FieldInfos infos) {}

  private volatile Merged last;

  FieldInfos of(IndexReader reader) {
    Merged merged = last;
    if (merged == null || merged.reader() != reader) {
      merged = new Merged(reader, FieldInfos.getMergedFieldInfos(reader));
      last = merged;
    }
    return merged.infos();
  }
}
