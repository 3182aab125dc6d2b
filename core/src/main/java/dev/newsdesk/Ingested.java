package dev.newsdesk;

import dev.newsdesk.entity.Recognition;
import dev.newsdesk.extract.Article;
import java.util.Objects;

/**
 * What {@link Newsdesk#ingest} indexed: the article and the entities recognised in it.
 *
 * <p>{@code Ingested done = desk.ingest(page); done.article().title(); done.recognition().entities();}
 *
 * @param article the extracted article, as indexed
 * @param recognition the mentions and entities found in its text
 * @since 0.1
 */
public record Ingested(Article article, Recognition recognition) {
  public Ingested {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(recognition, "recognition");
  }
}
