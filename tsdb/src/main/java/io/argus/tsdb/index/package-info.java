/**
 * The inverted index: postings lists (sorted arrays of series ids) per label pair in
 * {@link io.argus.tsdb.index.MemPostings}, the set algebra on them in
 * {@link io.argus.tsdb.index.Postings}, and {@link io.argus.tsdb.index.PostingsForMatchers}, which
 * turns label matchers into a postings list using {@link io.argus.tsdb.index.RegexShortcut}'s fast
 * paths for common regexes. Works on primitive int arrays; knows series only by id, and nothing of
 * chunks, the head or the write-ahead log.
 */
package io.argus.tsdb.index;
