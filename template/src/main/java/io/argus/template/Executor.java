package io.argus.template;

import io.argus.template.Node.Branch;
import io.argus.template.Node.ChainOperand;
import io.argus.template.Node.Command;
import io.argus.template.Node.ConstantOperand;
import io.argus.template.Node.DotOperand;
import io.argus.template.Node.FieldOperand;
import io.argus.template.Node.FunctionOperand;
import io.argus.template.Node.NilOperand;
import io.argus.template.Node.Operand;
import io.argus.template.Node.Pipeline;
import io.argus.template.Node.PipelineOperand;
import io.argus.template.Node.Sequence;
import io.argus.template.Node.VariableOperand;
import io.argus.template.format.GoFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Walks a parse tree against data, after Go's {@code text/template/exec.go}: variables live on a
 * stack that branches pop on exit, the final value of a pipeline stage becomes the last argument
 * of the next, and {@code and}/{@code or} evaluate their arguments lazily. Not thread-safe; one per
 * execution.
 */
final class Executor {

  /** Go's limit is 100,000 nested template calls; a Java stack is smaller, so we stop earlier. */
  private static final int MAX_DEPTH = 1000;

  private static final Object MISSING = new Object();

  private static final class BreakSignal extends RuntimeException {
    BreakSignal() {
      super(null, null, false, false);
    }
  }

  private static final class ContinueSignal extends RuntimeException {
    ContinueSignal() {
      super(null, null, false, false);
    }
  }

  private static final BreakSignal BREAK = new BreakSignal();
  private static final ContinueSignal CONTINUE = new ContinueSignal();

  private final Map<String, Definition> templates;
  private final Functions functions;
  private final StringBuilder out;
  private final List<String> variableNames = new ArrayList<>();
  private final List<Object> variableValues = new ArrayList<>();
  private Definition current;
  private int depth;

  Executor(Map<String, Definition> templates, Functions functions, StringBuilder out) {
    this.templates = templates;
    this.functions = functions;
    this.out = out;
  }

  void run(Definition definition, Object data) {
    current = definition;
    Object dot = Values.normalize(data);
    variableNames.add("$");
    variableValues.add(dot);
    walk(dot, definition.body());
  }

  private void walk(Object dot, Node node) {
    switch (node) {
      case Sequence sequence -> {
        for (Node child : sequence.nodes()) {
          walk(dot, child);
        }
      }
      case Node.Text text -> out.append(text.text());
      case Node.Action action -> {
        Object value = pipeline(dot, action.pipeline(), true);
        if (action.pipeline().variables().isEmpty()) {
          out.append(value == null ? "<no value>" : GoFormat.formatValue(value));
        }
      }
      case Branch branch -> branch(dot, branch);
      case Node.Invoke invoke -> invoke(dot, invoke);
      case Node.Break ignored -> throw BREAK;
      case Node.Continue ignored -> throw CONTINUE;
    }
  }

  private void branch(Object dot, Branch branch) {
    int mark = variableNames.size();
    try {
      switch (branch.kind()) {
        case IF -> {
          Object value = pipeline(dot, branch.pipeline(), true);
          if (Values.isTrue(value)) {
            walk(dot, branch.body());
          } else if (branch.otherwise() != null) {
            walk(dot, branch.otherwise());
          }
        }
        case WITH -> {
          Object value = pipeline(dot, branch.pipeline(), true);
          if (Values.isTrue(value)) {
            walk(value, branch.body());
          } else if (branch.otherwise() != null) {
            walk(dot, branch.otherwise());
          }
        }
        case RANGE -> range(dot, branch);
      }
    } finally {
      popTo(mark);
    }
  }

  private void range(Object dot, Branch branch) {
    Pipeline pipeline = branch.pipeline();
    Object collection = pipeline(dot, pipeline, false);
    List<Object[]> items = new ArrayList<>();
    switch (collection) {
      case null -> {}
      case Map<?, ?> map -> {
        for (Map.Entry<Object, Object> entry : GoFormat.sorted(map).entrySet()) {
          items.add(new Object[] {Values.normalize(entry.getKey()), Values.normalize(entry.getValue())});
        }
      }
      case List<?> list -> {
        for (int i = 0; i < list.size(); i++) {
          items.add(new Object[] {(long) i, Values.normalize(list.get(i))});
        }
      }
      case Collection<?> values -> {
        long i = 0;
        for (Object value : values) {
          items.add(new Object[] {i++, Values.normalize(value)});
        }
      }
      case Long count -> {
        if (pipeline.variables().size() > 1) {
          throw error(branch, pipeline.source(), "can't use " + count + " to iterate over more than one variable");
        }
        for (long i = 0; i < count; i++) {
          items.add(new Object[] {i, i});
          if (items.size() > 10_000_000) {
            throw error(branch, pipeline.source(), "range over " + count + " is too long");
          }
        }
      }
      default -> throw error(branch, pipeline.source(), "range can't iterate over " + GoFormat.formatValue(collection));
    }
    if (items.isEmpty()) {
      if (branch.otherwise() != null) {
        walk(dot, branch.otherwise());
      }
      return;
    }
    List<String> declared = pipeline.variables();
    int mark = variableNames.size();
    for (Object[] item : items) {
      if (declared.size() == 1) {
        bind(declared.getFirst(), item[1], pipeline.assign());
      } else if (declared.size() == 2) {
        bind(declared.get(0), item[0], pipeline.assign());
        bind(declared.get(1), item[1], pipeline.assign());
      }
      try {
        walk(item[1], branch.body());
      } catch (ContinueSignal ignored) {
        // next element
      } catch (BreakSignal ignored) {
        break;
      } finally {
        popTo(mark);
      }
    }
  }

  private void invoke(Object dot, Node.Invoke invoke) {
    Definition target = templates.get(invoke.name());
    if (target == null) {
      throw error(invoke, "template", "no such template \"" + invoke.name() + "\"");
    }
    Object value = invoke.pipeline() == null ? null : pipeline(dot, invoke.pipeline(), true);
    if (depth >= MAX_DEPTH) {
      throw error(invoke, "template", "exceeded maximum template depth (" + MAX_DEPTH + ")");
    }
    Definition caller = current;
    List<String> savedNames = new ArrayList<>(variableNames);
    List<Object> savedValues = new ArrayList<>(variableValues);
    variableNames.clear();
    variableValues.clear();
    variableNames.add("$");
    variableValues.add(value);
    depth++;
    current = target;
    try {
      walk(value, target.body());
    } finally {
      depth--;
      current = caller;
      variableNames.clear();
      variableValues.clear();
      variableNames.addAll(savedNames);
      variableValues.addAll(savedValues);
    }
  }

  private Object pipeline(Object dot, Pipeline pipeline, boolean declare) {
    Object value = MISSING;
    for (Command command : pipeline.commands()) {
      value = command(dot, command, value);
    }
    if (declare) {
      for (String variable : pipeline.variables()) {
        bind(variable, value, pipeline.assign());
      }
    }
    return value;
  }

  private void bind(String name, Object value, boolean assign) {
    if (assign) {
      for (int i = variableNames.size() - 1; i >= 0; i--) {
        if (variableNames.get(i).equals(name)) {
          variableValues.set(i, value);
          return;
        }
      }
    }
    variableNames.add(name);
    variableValues.add(value);
  }

  private Object command(Object dot, Command command, Object finalValue) {
    Operand first = command.arguments().getFirst();
    List<Operand> arguments = command.arguments().subList(1, command.arguments().size());
    return switch (first) {
      case FieldOperand field -> fieldChain(dot, dot, field, field.fields(), arguments, finalValue);
      case ChainOperand chain -> {
        if (chain.target() instanceof NilOperand) {
          throw error(chain, "indirection through explicit nil in " + chain.source());
        }
        Object receiver = argument(dot, chain.target());
        yield fieldChain(dot, receiver, chain, chain.fields(), arguments, finalValue);
      }
      case VariableOperand variable -> {
        Object value = variable(variable);
        if (variable.fields().isEmpty()) {
          notAFunction(variable, arguments, finalValue);
          yield value;
        }
        yield fieldChain(dot, value, variable, variable.fields(), arguments, finalValue);
      }
      case FunctionOperand function -> call(dot, function, arguments, finalValue);
      case PipelineOperand nested -> {
        notAFunction(nested, arguments, finalValue);
        int mark = variableNames.size();
        try {
          yield pipeline(dot, nested.pipeline(), true);
        } finally {
          popTo(mark);
        }
      }
      case DotOperand ignored -> {
        notAFunction(first, arguments, finalValue);
        yield dot;
      }
      case NilOperand nil -> throw error(nil, "nil is not a command");
      case ConstantOperand constant -> {
        notAFunction(constant, arguments, finalValue);
        yield constant.value();
      }
    };
  }

  private void notAFunction(Operand operand, List<Operand> arguments, Object finalValue) {
    if (!arguments.isEmpty() || finalValue != MISSING) {
      throw error(operand, "can't give argument to non-function " + operand.source());
    }
  }

  private Object fieldChain(
      Object dot,
      Object receiver,
      Operand node,
      List<String> fields,
      List<Operand> arguments,
      Object finalValue) {
    Object value = receiver;
    int last = fields.size() - 1;
    try {
      for (int i = 0; i < last; i++) {
        value = Values.field(value, fields.get(i), List.of(), false);
      }
      List<Object> evaluated = new ArrayList<>();
      for (Operand argument : arguments) {
        evaluated.add(argument(dot, argument));
      }
      if (finalValue != MISSING) {
        evaluated.add(finalValue);
      }
      boolean hasArguments = !arguments.isEmpty() || finalValue != MISSING;
      if (value == null && hasArguments) {
        throw error(node, "nil pointer evaluating interface {}." + fields.get(last));
      }
      return Values.field(value, fields.get(last), evaluated, hasArguments);
    } catch (IllegalStateException e) {
      throw error(node, e.getMessage());
    } catch (TemplateFunctionException e) {
      throw error(node, "error calling " + fields.get(last) + ": " + e.getMessage(), e);
    }
  }

  private Object call(Object dot, FunctionOperand function, List<Operand> arguments, Object finalValue) {
    String name = function.name();
    TemplateFunction implementation = functions.get(name);
    if (implementation == null) {
      throw error(function, "\"" + name + "\" is not a defined function");
    }
    if (name.equals("and") || name.equals("or")) {
      return shortCircuit(dot, function, arguments, finalValue);
    }
    List<Object> evaluated = new ArrayList<>(arguments.size() + 1);
    for (Operand argument : arguments) {
      evaluated.add(argument(dot, argument));
    }
    if (finalValue != MISSING) {
      evaluated.add(finalValue);
    }
    try {
      return Values.normalize(implementation.call(evaluated));
    } catch (TemplateFunctionException e) {
      throw error(function, "error calling " + name + ": " + e.getMessage(), e);
    } catch (TemplateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw error(function, "error calling " + name + ": " + e, e);
    }
  }

  private Object shortCircuit(Object dot, FunctionOperand function, List<Operand> arguments, Object finalValue) {
    boolean isAnd = function.name().equals("and");
    int count = arguments.size() + (finalValue != MISSING ? 1 : 0);
    if (count == 0) {
      throw error(function, "wrong number of args for " + function.name() + ": want at least 1 got 0");
    }
    Object value = null;
    for (int i = 0; i < count; i++) {
      value = i < arguments.size() ? argument(dot, arguments.get(i)) : finalValue;
      if (Values.isTrue(value) != isAnd) {
        return value;
      }
    }
    return value;
  }

  private Object argument(Object dot, Operand operand) {
    return switch (operand) {
      case DotOperand ignored -> dot;
      case NilOperand ignored -> null;
      case ConstantOperand constant -> constant.value();
      case FieldOperand field -> fieldChain(dot, dot, field, field.fields(), List.of(), MISSING);
      case VariableOperand variable -> {
        Object value = variable(variable);
        yield variable.fields().isEmpty()
            ? value
            : fieldChain(dot, value, variable, variable.fields(), List.of(), MISSING);
      }
      case ChainOperand chain -> {
        if (chain.target() instanceof NilOperand) {
          throw error(chain, "indirection through explicit nil in " + chain.source());
        }
        yield fieldChain(dot, argument(dot, chain.target()), chain, chain.fields(), List.of(), MISSING);
      }
      case PipelineOperand nested -> {
        int mark = variableNames.size();
        try {
          yield pipeline(dot, nested.pipeline(), true);
        } finally {
          popTo(mark);
        }
      }
      case FunctionOperand function -> call(dot, function, List.of(), MISSING);
    };
  }

  private Object variable(VariableOperand variable) {
    for (int i = variableNames.size() - 1; i >= 0; i--) {
      if (variableNames.get(i).equals(variable.name())) {
        return variableValues.get(i);
      }
    }
    throw error(variable, "undefined variable: " + variable.name());
  }

  private void popTo(int mark) {
    while (variableNames.size() > mark) {
      variableNames.removeLast();
      variableValues.removeLast();
    }
  }

  private TemplateExecutionException error(Operand operand, String detail) {
    return error(operand.offset(), operand.source(), detail, null);
  }

  private TemplateExecutionException error(Operand operand, String detail, Throwable cause) {
    return error(operand.offset(), operand.source(), detail, cause);
  }

  private TemplateExecutionException error(Node node, String source, String detail) {
    return error(node.offset(), source, detail, null);
  }

  private TemplateExecutionException error(int offset, String source, String detail, Throwable cause) {
    int[] position = TemplateException.lineAndColumn(current.source(), offset);
    String message =
        "template: "
            + current.parseName()
            + ":"
            + position[0]
            + ":"
            + position[1]
            + ": executing \""
            + current.name()
            + "\" at <"
            + source
            + ">: "
            + detail;
    String shortDetail = "executing \"" + current.name() + "\" at <" + source + ">: " + detail;
    return new TemplateExecutionException(
        message, shortDetail, current.name(), position[0], position[1], cause);
  }
}
