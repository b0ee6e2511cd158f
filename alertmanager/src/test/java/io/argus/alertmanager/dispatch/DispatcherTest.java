package io.argus.alertmanager.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.ManualClock;
import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import io.argus.alertmanager.notify.GroupNotification;
import io.argus.alertmanager.route.Route;
import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  private final ManualClock clock = ManualClock.at("2026-11-23T12:00:00Z");
  private final List<GroupNotification> flushes = new ArrayList<>();
  private boolean succeed = true;

  private Dispatcher dispatcher(String routeYaml) {
    Route tree = Route.tree(AlertmanagerConfigLoader.parse(routeYaml
        + "receivers: [{name: default}, {name: db}, {name: all}]\n", "am.yml").route());
    return new Dispatcher(tree, flush -> {
      flushes.add(flush);
      return succeed;
    }, clock, Runnable::run);
  }

  private static final String GROUP_BY_ALERTNAME = """
      route:
        receiver: default
        group_by: [alertname]
        group_wait: 30s
        group_interval: 5m
        repeat_interval: 1h
      """;

  private Alert alert(String alertname, String instance, long startsAt, long endsAt) {
    return new Alert(Labels.of("alertname", alertname, "instance", instance), Labels.empty(), startsAt,
        endsAt, clock.millis(), "", false);
  }

  private Alert firing(String alertname, String instance) {
    return alert(alertname, instance, clock.millis(), clock.millis() + 300_000);
  }

  @Test
  void firstFlushWaitsGroupWaitThenGroupInterval() {
    Dispatcher dispatcher = dispatcher(GROUP_BY_ALERTNAME);
    dispatcher.process(firing("Down", "a"));
    assertThat(dispatcher.flushDue()).isZero();
    assertThat(dispatcher.nextFlushMillis()).isEqualTo(clock.millis() + 30_000);

    clock.advanceSeconds(10);
    dispatcher.process(firing("Down", "b"));
    clock.advanceSeconds(19);
    assertThat(dispatcher.flushDue()).isZero();
    clock.advanceSeconds(1);
    assertThat(dispatcher.flushDue()).isEqualTo(1);

    GroupNotification flush = flushes.getFirst();
    assertThat(flush.receiver()).isEqualTo("default");
    assertThat(flush.groupKey()).isEqualTo("{}:{alertname=\"Down\"}");
    assertThat(flush.groupLabels()).isEqualTo(Labels.of("alertname", "Down"));
    assertThat(flush.alerts()).extracting(a -> a.labels().get("instance")).containsExactly("a", "b");
    assertThat(flush.alerts()).allMatch(a -> a.endsAtMillis() == 0);
    assertThat(flush.repeatIntervalMillis()).isEqualTo(3_600_000L);
    assertThat(flush.deadlineMillis()).isEqualTo(clock.millis() + 300_000);

    dispatcher.process(firing("Down", "c"));
    clock.advanceSeconds(299);
    assertThat(dispatcher.flushDue()).as("a new alert in a flushed group waits for group_interval").isZero();
    clock.advanceSeconds(1);
    assertThat(dispatcher.flushDue()).isEqualTo(1);
    assertThat(flushes.get(1).alerts()).hasSize(3);
  }

  @Test
  void alertOlderThanGroupWaitIsFlushedAtOnce() {
    Dispatcher dispatcher = dispatcher(GROUP_BY_ALERTNAME);
    dispatcher.process(alert("Down", "a", clock.millis() - 31_000, clock.millis() + 300_000));
    assertThat(dispatcher.flushDue()).isEqualTo(1);
  }

  @Test
  void groupsByTheRouteGroupByLabels() {
    Dispatcher dispatcher = dispatcher(GROUP_BY_ALERTNAME);
    dispatcher.process(firing("Down", "a"));
    dispatcher.process(firing("Down", "b"));
    dispatcher.process(firing("Slow", "a"));
    assertThat(dispatcher.groups()).hasSize(2);
    clock.advanceSeconds(30);
    assertThat(dispatcher.flushDue()).isEqualTo(2);
  }

  @Test
  void groupByAllMakesOneGroupPerLabelSetAndNoGroupByOneGroup() {
    Dispatcher all = dispatcher("route: {receiver: all, group_by: ['...']}\n");
    all.process(firing("Down", "a"));
    all.process(firing("Down", "b"));
    assertThat(all.groups()).hasSize(2);
    assertThat(all.groups()).extracting(GroupView::groupKey)
        .contains("{}:{alertname=\"Down\", instance=\"a\"}");

    Dispatcher none = dispatcher("route: {receiver: all}\n");
    none.process(firing("Down", "a"));
    none.process(firing("Slow", "b"));
    assertThat(none.groups()).singleElement().extracting(GroupView::groupKey).isEqualTo("{}:{}");
  }

  @Test
  void continueSendsToEveryMatchingRoute() {
    Dispatcher dispatcher = dispatcher("""
        route:
          receiver: default
          group_wait: 0s
          routes:
            - {matchers: [instance=a], receiver: db, continue: true}
            - {matchers: [alertname=Down], receiver: all}
        """);
    dispatcher.process(firing("Down", "a"));
    assertThat(dispatcher.flushDue()).isEqualTo(2);
    assertThat(flushes).extracting(GroupNotification::receiver).containsExactlyInAnyOrder("db", "all");
    assertThat(flushes).extracting(GroupNotification::groupKey)
        .containsExactlyInAnyOrder("{}/{instance=\"a\"}:{}", "{}/{alertname=\"Down\"}:{}");
  }

  @Test
  void resolvedAlertsAreDroppedAfterASuccessfulFlushAndEmptyGroupsDisappear() {
    Dispatcher dispatcher = dispatcher(GROUP_BY_ALERTNAME);
    dispatcher.process(firing("Down", "a"));
    clock.advanceSeconds(30);
    dispatcher.flushDue();
    dispatcher.process(alert("Down", "a", clock.millis() - 30_000, clock.millis()));
    clock.advanceSeconds(300);
    succeed = false;
    dispatcher.flushDue();
    assertThat(flushes.getLast().alerts().getFirst().endsAtMillis()).isNotZero();
    assertThat(dispatcher.groups()).as("kept for another try after a failure").hasSize(1);
    clock.advanceSeconds(300);
    succeed = true;
    dispatcher.flushDue();
    assertThat(dispatcher.groups()).isEmpty();
    assertThat(dispatcher.nextFlushMillis()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void resolvedAlertUpdatedDuringTheFlushIsKept() {
    Route tree = Route.tree(AlertmanagerConfigLoader.parse(GROUP_BY_ALERTNAME
        + "receivers: [{name: default}]\n", "am.yml").route());
    Dispatcher[] holder = new Dispatcher[1];
    Dispatcher dispatcher = new Dispatcher(tree, flush -> {
      clock.advanceMillis(1);
      holder[0].process(firing("Down", "a")); // fires again while the resolve is being sent
      return true;
    }, clock, Runnable::run);
    holder[0] = dispatcher;
    dispatcher.process(alert("Down", "a", clock.millis() - 60_000, clock.millis() - 1));
    dispatcher.flushDue();
    assertThat(dispatcher.groups()).singleElement().extracting(g -> g.alerts().size()).isEqualTo(1);
  }

  @Test
  void notificationOrderIsJobThenInstanceThenLabels() {
    Dispatcher dispatcher = dispatcher("route: {receiver: all, group_wait: 0s}\n");
    long now = clock.millis();
    dispatcher.process(new Alert(Labels.of("alertname", "X", "instance", "b"), Labels.empty(), now, 0, now, "", false));
    dispatcher.process(new Alert(Labels.of("alertname", "X", "instance", "a"), Labels.empty(), now, 0, now, "", false));
    dispatcher.process(new Alert(Labels.of("alertname", "X", "job", "z"), Labels.empty(), now, 0, now, "", false));
    dispatcher.process(new Alert(Labels.of("alertname", "Y"), Labels.empty(), now, 0, now, "", false));
    dispatcher.flushDue();
    assertThat(flushes.getFirst().alerts()).extracting(a -> a.labels().toString()).containsExactly(
        "{alertname=\"X\", job=\"z\"}",
        "{alertname=\"X\", instance=\"a\"}",
        "{alertname=\"X\", instance=\"b\"}",
        "{alertname=\"Y\"}");
  }
}
