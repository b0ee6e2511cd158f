/**
 * Go's {@code fmt} and {@code strconv} formatting as templates expose it: {@link
 * io.argus.template.format.GoFormat#sprintf} with Go's verbs, flags and error notation ({@code
 * %!d(string=x)}), {@code %v} printing of maps and lists, and {@code strconv.FormatFloat}'s exact
 * digit layout ({@code %.4g} is what Prometheus' humanize functions print). Depends on nothing but
 * the JDK, so Alertmanager notification templates can share it.
 */
package io.argus.template.format;
