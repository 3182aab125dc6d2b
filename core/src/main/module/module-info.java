/**
 * Newsdesk: fetch news pages, extract articles, recognise entities, index and search them.
 *
 * <p>The API is {@code dev.newsdesk} (the {@link dev.newsdesk.Newsdesk} entry point) and the stage
 * packages {@code fetch}, {@code extract}, {@code entity} and {@code search}. Everything under
 * {@code dev.newsdesk.internal} is implementation and may change without notice.
 */
module dev.newsdesk {
  requires java.net.http;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.memory;
  requires org.apache.lucene.codecs;
  requires org.jsoup;
  requires com.fasterxml.jackson.databind;

  exports dev.newsdesk;
  exports dev.newsdesk.fetch;
  exports dev.newsdesk.extract;
  exports dev.newsdesk.entity;
  exports dev.newsdesk.search;
}
