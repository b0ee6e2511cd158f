package io.argus.rules.file;

import java.util.List;

/**
 * A rule file is invalid. {@link #errors()} lists every problem found, each led by {@code
 * file:line:column:} where the position is known; the message joins them one per line.
 */
public final class RuleFileException extends RuntimeException {

  private final List<String> errors;

  public RuleFileException(List<String> errors) {
    super(String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  /** Every problem, one message each. */
  public List<String> errors() {
    return errors;
  }
}
