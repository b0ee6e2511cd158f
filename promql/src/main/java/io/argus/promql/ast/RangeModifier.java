package io.argus.promql.ast;

/**
 * The experimental extended range selector modifiers of Prometheus 3
 * ({@code --enable-feature=promql-extended-range-selectors}), written after a selector: {@code
 * rate(foo[5m] anchored)}, {@code foo smoothed}. The parser accepts them on any vector or range
 * selector; which functions may consume them ({@code anchored modifier can only be used with: …})
 * is checked by the engine, as in Prometheus.
 */
public enum RangeModifier {
  /** No modifier: the ordinary left-open window. */
  NONE(""),
  /** {@code anchored}: the window also uses the last sample before its start. */
  ANCHORED("anchored"),
  /** {@code smoothed}: values at the window edges are interpolated. */
  SMOOTHED("smoothed");

  private final String keyword;

  RangeModifier(String keyword) {
    this.keyword = keyword;
  }

  /** The keyword as written, or the empty string for {@link #NONE}. */
  public String keyword() {
    return keyword;
  }
}
