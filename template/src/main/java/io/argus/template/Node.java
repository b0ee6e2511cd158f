package io.argus.template;

import java.util.List;

/**
 * The parse tree, after Go's {@code text/template/parse}: statements ({@link Text}, {@link Action},
 * the branches, {@link Invoke}) and, inside pipelines, operands. Every node keeps the character
 * offset it starts at so execution errors can name line and column.
 */
sealed interface Node {

  int offset();

  /** A sequence of statements. */
  record Sequence(int offset, List<Node> nodes) implements Node {}

  /** Literal text copied to the output. */
  record Text(int offset, String text) implements Node {}

  /** {@code {{pipeline}}}: the value is printed unless the pipeline declares variables. */
  record Action(int offset, Pipeline pipeline) implements Node {}

  /** {@code if}, {@code range} or {@code with}, with its body and optional else branch. */
  record Branch(int offset, BranchKind kind, Pipeline pipeline, Sequence body, Sequence otherwise)
      implements Node {}

  /** {@code {{template "name" pipeline}}}; the pipeline may be null. */
  record Invoke(int offset, String name, Pipeline pipeline) implements Node {}

  /** {@code {{break}}} inside a range. */
  record Break(int offset) implements Node {}

  /** {@code {{continue}}} inside a range. */
  record Continue(int offset) implements Node {}

  /** The three branching statements. */
  enum BranchKind {
    IF,
    RANGE,
    WITH
  }

  /**
   * A pipeline: optional variable declarations ({@code $x :=}, or {@code $x =} when {@code
   * assign}), then commands separated by {@code |}.
   */
  record Pipeline(
      int offset, boolean assign, List<String> variables, List<Command> commands, String source) {}

  /** One command of a pipeline: a function, field or value followed by its arguments. */
  record Command(int offset, List<Operand> arguments, String source) {}

  /** What may appear as a command's word. */
  sealed interface Operand {
    int offset();

    /** The operand's source text, for error messages ({@code at <.Labels.job>}). */
    String source();
  }

  /** {@code .A.B}: fields of dot. */
  record FieldOperand(int offset, List<String> fields, String source) implements Operand {}

  /** {@code (pipeline).A.B} or {@code func.A}: fields of another operand's value. */
  record ChainOperand(int offset, Operand target, List<String> fields, String source)
      implements Operand {}

  /** {@code $x.A.B}; {@code $} is the template's data. */
  record VariableOperand(int offset, String name, List<String> fields, String source)
      implements Operand {}

  /** {@code .} */
  record DotOperand(int offset, String source) implements Operand {}

  /** {@code nil} */
  record NilOperand(int offset, String source) implements Operand {}

  /** A constant: a bool, number ({@link Long} or {@link Double}) or string. */
  record ConstantOperand(int offset, Object value, String source) implements Operand {}

  /** A function name. */
  record FunctionOperand(int offset, String name, String source) implements Operand {}

  /** {@code (pipeline)} */
  record PipelineOperand(int offset, Pipeline pipeline, String source) implements Operand {}
}
