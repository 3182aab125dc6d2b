package dev.newsdesk;

import dev.newsdesk.entity.EntityRecognizer;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.fetch.Fetcher;
import java.util.Objects;

/**
 * The stages a {@link Newsdesk} runs: how it fetches, extracts and recognises. Immutable; every
 * part has a strong default, and each {@code with...} method returns a changed copy.
 *
 * <p>{@code Newsdesk.open(path, NewsdeskConfig.DEFAULT.withFetchPolicy(FetchPolicy.DEFAULT.allowingPrivateAddresses()))}
 *
 * @param fetcher fetches pages by URI (default: {@link Fetcher#create} with {@link FetchPolicy#DEFAULT})
 * @param extractor turns pages into articles (default: {@link ArticleExtractor#standard()})
 * @param recognizer finds entities in article text (default: {@link EntityRecognizer#standard()})
 * @since 0.1
 */
public record NewsdeskConfig(Fetcher fetcher, ArticleExtractor extractor, EntityRecognizer recognizer) {

  /** The defaults described above. The standard recogniser's knowledge base loads on first use. */
  public static final NewsdeskConfig DEFAULT =
      new NewsdeskConfig(Fetcher.create(FetchPolicy.DEFAULT), ArticleExtractor.standard(), null);

  public NewsdeskConfig {
    Objects.requireNonNull(fetcher, "fetcher");
    Objects.requireNonNull(extractor, "extractor");
  }

  /** The recogniser; the standard one when none was set. */
  @Override
  public EntityRecognizer recognizer() {
    return recognizer == null ? EntityRecognizer.standard() : recognizer;
  }

  /** This configuration with the default fetcher under another policy. */
  public NewsdeskConfig withFetchPolicy(FetchPolicy policy) {
    return new NewsdeskConfig(Fetcher.create(policy), extractor, recognizer);
  }

  /** This configuration with the host's own fetcher. */
  public NewsdeskConfig withFetcher(Fetcher custom) {
    return new NewsdeskConfig(custom, extractor, recognizer);
  }

  /** This configuration with the host's own extractor. */
  public NewsdeskConfig withExtractor(ArticleExtractor custom) {
    return new NewsdeskConfig(fetcher, custom, recognizer);
  }

  /** This configuration with the host's own recogniser. */
  public NewsdeskConfig withRecognizer(EntityRecognizer custom) {
    return new NewsdeskConfig(fetcher, extractor, Objects.requireNonNull(custom, "custom"));
  }
}
