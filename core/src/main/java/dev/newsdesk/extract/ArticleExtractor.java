package dev.newsdesk.extract;

import dev.newsdesk.fetch.Page;

/**
 * Turns a page into an {@link Article}: its body text and metadata. The stage a host replaces to
 * use its own extraction.
 *
 * <p>{@code Article article = ArticleExtractor.standard().extract(Page.of(html, url));}
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ArticleExtractor {

  /**
   * Extracts the article in {@code page}. A page with no article (a section front, an error page)
   * gives an article whose {@link Article#hasBody()} is false.
   *
   * @throws ExtractionException if the page is empty, is not HTML or cannot be decoded
   */
  Article extract(Page page);

  /** The default extractor (jsoup): block scoring for the body, structured data for metadata. */
  static ArticleExtractor standard() {
    return dev.newsdesk.internal.extract.JsoupArticleExtractor.INSTANCE;
  }
}
