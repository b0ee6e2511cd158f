package io.argus.promql.ast;

/**
 * A half-open range of character offsets {@code [start, end)} in the query text.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 */
public record PositionRange(int start, int end) {

  /** For nodes made by code rather than parsed from text. */
  public static final PositionRange NONE = new PositionRange(0, 0);

  public PositionRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid position range [" + start + ", " + end + ")");
    }
  }

  /** The smallest range covering both. */
  public PositionRange union(PositionRange other) {
    return new PositionRange(Math.min(start, other.start), Math.max(end, other.end));
  }
}
