package io.argus.promql.engine;

/** A single number at one evaluation time. */
public record Scalar(long timestampMillis, double value) implements Value {}
