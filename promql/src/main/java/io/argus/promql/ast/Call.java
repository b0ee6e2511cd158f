package io.argus.promql.ast;

import java.util.List;

/** A function call, arguments already checked against the signature. */
public record Call(FunctionSignature function, List<Expr> arguments, PositionRange position)
    implements Expr {

  public Call {
    arguments = List.copyOf(arguments);
  }

  @Override
  public ValueType type() {
    return function.returnType();
  }
}
