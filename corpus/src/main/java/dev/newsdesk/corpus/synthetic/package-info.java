/**
 * A deterministic generator of large synthetic news corpora, for benchmarks and scale tests:
 * {@link dev.newsdesk.corpus.synthetic.SyntheticCorpus} makes pages,
 * {@link dev.newsdesk.corpus.synthetic.SyntheticPage} holds one with its gold article and mentions.
 *
 * <p>{@code SyntheticCorpus.seeded(42).pages(100_000).forEach(page -> desk.ingest(page.page()));}
 *
 * @since 0.1
 */
package dev.newsdesk.corpus.synthetic;
