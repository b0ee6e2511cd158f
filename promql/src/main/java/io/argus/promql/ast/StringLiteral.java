package io.argus.promql.ast;

/**
 * A string literal, with escapes already resolved.
 *
 * <p>PromQL strings are Go byte strings: {@code "a\xc5z"} is legal and is not valid UTF-8. Java
 * strings cannot hold such bytes, so the parser decodes the bytes as UTF-8 and represents every
 * byte that is not part of a valid UTF-8 sequence as the lone surrogate {@code U+DC00 + byte}
 * ({@code U+DC80}…{@code U+DCFF}, the "surrogate escape" convention). Such a value is never a valid
 * label name (lone surrogates fail {@code LabelNames.isValidUtf8LabelName}), and the printer's
 * Go-style quoting turns it back into {@code \xc5}, which is how Prometheus words errors such as
 * {@code invalid label name "a\xc5z"}.
 */
public record StringLiteral(String value, PositionRange position) implements Expr {

  @Override
  public ValueType type() {
    return ValueType.STRING;
  }
}
