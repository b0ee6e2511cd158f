package io.argus.promql.ast;

import java.util.List;

/**
 * What a PromQL function accepts and returns, for the parser's arity and type checks.
 *
 * @param name the function name as written
 * @param argumentTypes the types of the arguments in order
 * @param variadic 0 for a fixed argument count; n &gt; 0 when the last n arguments are optional;
 *     -1 when the last argument may repeat without bound
 * @param returnType the type of the result
 * @param experimental whether the function needs {@code --enable-feature=promql-experimental-functions}
 */
public record FunctionSignature(
    String name,
    List<ValueType> argumentTypes,
    int variadic,
    ValueType returnType,
    boolean experimental) {

  public FunctionSignature {
    argumentTypes = List.copyOf(argumentTypes);
  }
}
