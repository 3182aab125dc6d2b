package dev.newsdesk.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * What a {@link FetchRequest} gave: the content, or, for a conditional request, word that the
 * copy held is still current.
 *
 * <pre>{@code
 * switch (fetcher.fetch(FetchRequest.page(uri).ifChanged(known))) {
 *   case FetchResult.Fetched f -> index(f.page(), f.validators());
 *   case FetchResult.NotModified n -> { } // nothing to do
 * }
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface FetchResult {

  /** The final URL, after redirects. */
  URI url();

  /** The validators to send next time; {@link Validators#NONE} when the server gave none. */
  Validators validators();

  /**
   * The content was fetched.
   *
   * @param page the body, final URL and declared charset
   * @param mediaType the media type of the {@code Content-Type} header, lower case, without
   *     parameters; empty when the server sent none
   * @param validators the response's ETag and Last-Modified
   * @since 0.1
   */
  record Fetched(Page page, String mediaType, Validators validators) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(validators, "validators");
    }

    @Override
    public URI url() {
      return page.url();
    }
  }

  /**
   * The server answered "304 Not Modified": the copy held is current.
   *
   * @param url the final URL, after redirects
   * @param validators the validators that still hold (refreshed when the server sent new ones)
   * @since 0.1
   */
  record NotModified(URI url, Validators validators) implements FetchResult {
    public NotModified {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(validators, "validators");
    }
  }
}
