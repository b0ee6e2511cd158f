package io.argus.promql.engine;

/** A string literal's value at one evaluation time. */
public record StringValue(long timestampMillis, String value) implements Value {}
