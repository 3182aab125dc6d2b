package dev.newsdesk.internal.extract;

import dev.newsdesk.extract.Article;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.fetch.Page;
import dev.newsdesk.internal.text.LanguageGuesser;
import dev.newsdesk.internal.text.Whitespace;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The default extractor: jsoup parsing, metadata from structured data, body by block scoring. */
public final class JsoupArticleExtractor implements ArticleExtractor {
  public static final JsoupArticleExtractor INSTANCE = new JsoupArticleExtractor();

  private JsoupArticleExtractor() {}

  @Override
  public Article extract(Page page) {
    Document doc = PageParser.parse(page);
    MetadataReader meta = new MetadataReader(doc, page.url());
    String site = meta.site();
    String title = meta.title(site);
    Element body = doc.body() == null ? new Element("body") : doc.body().clone();
    List<String> paragraphs = BodyExtractor.paragraphs(body, title);
    if (paragraphs.isEmpty() && !meta.structuredBody().isBlank()) {
      paragraphs = List.of(Whitespace.normalize(meta.structuredBody()));
    }
    String text = String.join("\n\n", paragraphs);
    String language = meta.declaredLanguage();
    return Article.builder(page.url())
        .canonicalUrl(meta.canonicalUrl())
        .title(title)
        .byline(meta.byline())
        .published((paragraphs.isEmpty() ? meta.declaredPublished() : meta.published()).orElse(null))
        .modified(meta.modified().orElse(null))
        .site(site)
        .language(language.isEmpty() ? LanguageGuesser.guess(text) : language)
        .description(meta.description())
        .image(meta.image().orElse(null))
        .section(meta.section())
        .tags(meta.tags())
        .text(text)
        .build();
  }
}
