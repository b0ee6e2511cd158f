package io.argus.scrape.exposition;

/**
 * A malformed exposition. The message reads {@code line L, column C: expected X, found Y}; line and
 * column are 1-based and count bytes, so they point into the body exactly as received.
 */
public final class ExpositionFormatException extends RuntimeException {

  private final int lineNumber;
  private final int columnNumber;

  public ExpositionFormatException(int lineNumber, int columnNumber, String problem) {
    super("line " + lineNumber + ", column " + columnNumber + ": " + problem);
    this.lineNumber = lineNumber;
    this.columnNumber = columnNumber;
  }

  /** The 1-based line of the problem. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The 1-based byte column of the problem. */
  public int columnNumber() {
    return columnNumber;
  }
}
