package io.argus.promql.engine;

/** A PromQL value: scalar, string, instant vector or range vector (matrix). */
public sealed interface Value permits Scalar, StringValue, Vector, Matrix {}
