package dev.newsdesk.internal.extract;

import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.text.LanguageGuesser;
import dev.newsdesk.internal.text.Whitespace;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The default extractor: jsoup parsing, metadata from structured data, body by block scoring. */
public final class JsoupArticleExtractor implements ArticleExtractor {
  public static final JsoupArticleExtractor INSTANCE = new JsoupArticleExtractor();

  private JsoupArticleExtractor() {}

  @Override
  public Article extract(Page page) {
    Document doc = PageParser.parse(page);
    // Metadata is read from the whole page first: the body is then stripped in place.
    MetadataReader meta = new MetadataReader(doc, page.url());
    String site = meta.site();
    String title = meta.title(site);
    Article.Builder article = Article.builder(page.url())
        .canonicalUrl(meta.canonicalUrl())
        .title(title)
        .byline(meta.byline())
        .modified(meta.modified().orElse(null))
        .site(site)
        .description(meta.description())
        .image(meta.image().orElse(null))
        .section(meta.section())
        .tags(meta.tags());
    Optional<OffsetDateTime> published = meta.published();
    Optional<OffsetDateTime> declaredPublished = meta.declaredPublished();
    String structuredBody = meta.structuredBody();
    String language = meta.declaredLanguage();

    List<String> paragraphs = BodyExtractor.paragraphs(doc.body() == null ? new Element("body") : doc.body(), title);
    if (paragraphs.isEmpty() && !structuredBody.isBlank()) {
      paragraphs = List.of(Whitespace.normalize(structuredBody));
    }
    String text = String.join("\n\n", paragraphs);
    return article
        .published((paragraphs.isEmpty() ? declaredPublished : published).orElse(null))
        .language(language.isEmpty() ? LanguageGuesser.guess(text) : language)
        .text(text)
        .build();
  }
}
