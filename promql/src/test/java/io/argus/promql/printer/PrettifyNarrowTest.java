package io.argus.promql.printer;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.promql.parser.PromqlParser;
import org.junit.jupiter.api.Test;

/**
 * The prettifier's layout rules with a 10-character line limit, which forces every rule to apply
 * on short queries (the limit Prometheus' own prettifier tests use).
 */
class PrettifyNarrowTest {

  private static String narrow(String query) {
    return PromqlPrinter.prettify(PromqlParser.parseExpr(query), 10);
  }

  @Test
  void aggregationsOpenTheirArgumentOnANewLine() {
    assertThat(narrow("sum(foo)")).isEqualTo("sum(foo)");
    assertThat(narrow("sum by() (task:errors:rate10s{job=\"s\"})"))
        .isEqualTo("sum(\n  task:errors:rate10s{job=\"s\"}\n)");
    assertThat(narrow("sum(task:errors:rate10s{job=\"s\"}) without(job,foo)"))
        .isEqualTo("sum without (job, foo) (\n  task:errors:rate10s{job=\"s\"}\n)");
    assertThat(narrow("topk(10, x:y:z{job=\"s\"})")).isEqualTo("topk(\n  10,\n  x:y:z{job=\"s\"}\n)");
  }

  @Test
  void binaryChainsNestToTheLeft() {
    assertThat(narrow("a+b")).isEqualTo("a + b");
    assertThat(narrow("a == bool 1")).isEqualTo("  a\n== bool\n  1");
    assertThat(narrow("foo_1 + foo_2 + foo_3"))
        .isEqualTo("    foo_1\n  +\n    foo_2\n+\n  foo_3");
    assertThat(narrow("foo + baar + foo_3")).isEqualTo("  foo + baar\n+\n  foo_3");
    assertThat(narrow("foo_1 + ignoring(foo) foo_2 + on(instance) group_right foo_4"))
        .isEqualTo("    foo_1\n  + ignoring (foo)\n    foo_2\n+ on (instance) group_right ()\n  foo_4");
  }

  @Test
  void callsParenthesesAndSubqueries() {
    assertThat(narrow("rate(foo[1m])")).isEqualTo("rate(\n  foo[1m]\n)");
    assertThat(narrow("histogram_quantile(0.9, rate(foo[1m]))"))
        .isEqualTo("histogram_quantile(\n  0.9,\n  rate(\n    foo[1m]\n  )\n)");
    assertThat(narrow("max_over_time(rate(demo_count[1m])[1m:] @ start() offset 1m)"))
        .isEqualTo("max_over_time(\n  rate(\n    demo_count[1m]\n  )[1m:] @ start() offset 1m\n)");
    assertThat(narrow("((_foo_long_))")).isEqualTo("(\n  (\n    _foo_long_\n  )\n)");
    assertThat(narrow("((foo_long))")).isEqualTo("(\n  (foo_long)\n)");
    assertThat(narrow("(1111 + 2222)")).isEqualTo("(\n    1111\n  +\n    2222\n)");
  }

  @Test
  void unaryAndDurationExpressions() {
    assertThat(narrow("-vector_selector")).isEqualTo("-vector_selector");
    assertThat(narrow("(-vector_selector)")).isEqualTo("(\n  -vector_selector\n)");
    assertThat(narrow("-histogram_quantile(0.9, -rate(foo[1m] @ start()))"))
        .isEqualTo("-histogram_quantile(\n  0.9,\n  -rate(\n    foo[1m] @ start()\n  )\n)");
    assertThat(narrow("rate(foo[-5m+35m])")).isEqualTo("rate(\n  foo[-5m + 35m]\n)");
    assertThat(narrow("a @ 1")).isEqualTo("a @ 1.000");
  }
}
