package dev.newsdesk.search;

import dev.newsdesk.entity.Entity;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article in search results.
 *
 * <p>{@code for (Hit hit : results.hits()) System.out.println(hit.title() + " " + hit.url());}
 *
 * @param url the article's canonical URL, its identity in the index
 * @param title its headline
 * @param published when it was published, if known
 * @param site the publication's name
 * @param byline its authors
 * @param language its language code, or empty
 * @param score its relevance score (0 when sorted by date without a text query)
 * @param snippet a passage of its text, matched words marked with {@code <b>...</b>} when the
 *     search asked for highlighting
 * @param entities the entities it mentions, most salient first
 * @param storyId the id shared by this article and its near-duplicates (syndicated copies,
 *     light reposts)
 * @param explanation how the score was computed, when the search asked for it
 * @since 0.1
 */
public record Hit(
    URI url,
    String title,
    Optional<OffsetDateTime> published,
    String site,
    List<String> byline,
    String language,
    float score,
    String snippet,
    List<Entity> entities,
    String storyId,
    Optional<String> explanation) {

  public Hit {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(site, "site");
    byline = List.copyOf(byline);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(snippet, "snippet");
    entities = List.copyOf(entities);
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(explanation, "explanation");
  }
}
