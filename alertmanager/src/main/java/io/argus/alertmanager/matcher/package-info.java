/**
 * Alertmanager's matcher syntax ({@code foo="bar"}, {@code foo=~"x|y"}, {@code {a!=b, c!~"d"}},
 * unquoted values) as used in {@code matchers:} of alertmanager.yml, in silences and in API filters.
 * {@link io.argus.alertmanager.matcher.MatcherParser} turns text into core {@code Matcher}s and
 * {@link io.argus.alertmanager.matcher.MatcherSet} is the sorted, printable list Alertmanager keys
 * routes by. Depends only on {@code core}.
 */
package io.argus.alertmanager.matcher;
