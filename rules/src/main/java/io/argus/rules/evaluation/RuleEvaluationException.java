package io.argus.rules.evaluation;

/** A rule's evaluation failed for a reason of its own (limit exceeded, duplicate label sets). */
public final class RuleEvaluationException extends RuntimeException {

  public RuleEvaluationException(String message) {
    super(message);
  }
}
