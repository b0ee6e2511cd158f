package io.argus.rules.unittest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleUnitTesterTest {

  static Path resource(String name) {
    try {
      return Path.of(RuleUnitTesterTest.class.getResource("/unittest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void passingFilesReportSuccess() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RuleUnitTester.run(
        List.of(resource("pass.test.yml"), resource("stale.test.yml")),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("Unit Testing:  " + resource("pass.test.yml") + "\n  SUCCESS\n\n"
            + "Unit Testing:  " + resource("stale.test.yml") + "\n  SUCCESS\n\n");
  }

  @Test
  void failuresArePrintedAsPromtoolPrintsThem() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RuleUnitTester.run(
        List.of(resource("fail.test.yml")),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
          FAILED:
            name: wrong expectations,
            alertname: InstanceDown, time: 3m,\s
                exp:[
                    0:
                      Labels:{alertname="InstanceDown", instance="a:9090", job="api", severity="critical"}
                      Annotations:{}
                    ],\s
                got:[
                    0:
                      Labels:{alertname="InstanceDown", instance="a:9090", job="api", severity="page"}
                      Annotations:{description="value 0, avg 0%", summary="a:9090 of api is down"}
                    ]
            expr: "up", time: 1m,
                exp: {__name__="up", instance="a:9090", job="api"} 1E+00
                got: {__name__="up", instance="a:9090", job="api"} 0E+00
        """);
  }

  /** The expectations in functions.test.yml were confirmed with promtool 2.42. */
  @Test
  void templateFunctionsPrintWhatPrometheusPrints() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> errors = RuleUnitTester.testFile(resource("functions.test.yml"), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(errors).isEmpty();
  }

  @Test
  void expandsPromtoolSeriesNotation() {
    assertThat(SeriesNotation.expand("0+10x3 _ 5x2 1-1x2 _x2 stale"))
        .hasSize(14)
        .startsWith(0.0, 10.0, 20.0, 30.0, null, 5.0, 5.0, 5.0, 1.0, 0.0, -1.0, null, null);
    assertThat(io.argus.core.storage.StaleMarker.isStale(SeriesNotation.expand("stale").getFirst())).isTrue();
    assertThat(SeriesNotation.expand("1e3 -Inf NaN")).hasSize(3).first().isEqualTo(1000.0);
  }
}
