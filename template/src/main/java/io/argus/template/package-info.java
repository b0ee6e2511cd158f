/**
 * Go's text/template language, shared by rule templates (Prometheus' annotations and labels) and
 * Alertmanager's notification templates. {@link io.argus.template.Template} parses and executes;
 * {@link io.argus.template.Functions} is the function map, holding Go's built-ins, to which each
 * user adds its own functions (Prometheus' {@code humanize} and friends live in {@code rules}, not
 * here). Internals follow Go's package split: a lexer, a parser to an immutable node tree, and an
 * executor over it. Depends on nothing but the JDK.
 */
package io.argus.template;
