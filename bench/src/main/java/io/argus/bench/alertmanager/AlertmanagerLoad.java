package io.argus.bench.alertmanager;

import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpServer;
import io.argus.alertmanager.Alertmanager;
import io.argus.alertmanager.AlertmanagerOptions;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The load (10,000 firing alerts in 1,000 groups, every group notifying a loopback webhook
 * with group_wait 0s) against Argus in-process or against a running Alertmanager over HTTP, and
 * what it cost: CPU seconds of the process doing the work, its resident memory afterwards, and
 * the time from the first post until the last group's notification arrived.
 *
 * <pre>
 * java -cp … io.argus.bench.alertmanager.AlertmanagerLoad receiver 9099 &amp;   # the webhook, its own process
 * java -cp … io.argus.bench.alertmanager.AlertmanagerLoad argus 9099 3       # 3 rounds, fresh instance each
 * java -cp … io.argus.bench.alertmanager.AlertmanagerLoad peer http://127.0.0.1:9093 &lt;pid&gt; 9098
 * </pre>
 *
 * The peer runs with {@link #peerConfig(int)} (printed by {@code config 9099}).
 */
public final class AlertmanagerLoad {

  private AlertmanagerLoad() {}

  static String peerConfig(int webhookPort) {
    return """
        route:
          receiver: hook
          group_by: [alertname, cluster]
          group_wait: 0s
          group_interval: 5m
          repeat_interval: 4h
        receivers:
          - name: hook
            webhook_configs: [{url: 'http://127.0.0.1:%d/hook'}]
        """.formatted(webhookPort);
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "config" -> System.out.print(peerConfig(Integer.parseInt(args[1])));
      case "receiver" -> webhook(Integer.parseInt(args[1]), new CountDownLatch(0));
      case "argus" -> runArgus(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      case "peer" -> runPeer(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException(
          "expected receiver, argus, peer or config, got " + args[0]);
    }
  }

  private static HttpServer webhook(int port, CountDownLatch groups) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
    server.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
      groups.countDown();
    });
    server.setExecutor(command -> Thread.ofVirtual().start(command));
    server.start();
    return server;
  }

  /**
   * Runs the load {@code rounds} times, each on a fresh Alertmanager in this JVM, delivering to a
   * webhook receiver in another process; completion is counted through the notification observer
   * so nothing but Argus runs here. Later rounds show the warmed-up cost.
   */
  private static void runArgus(int webhookPort, int rounds) throws Exception {
    List<List<PostableAlert>> batches = AlertLoad.batches();
    String yaml = peerConfig(webhookPort);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      CountDownLatch groups = new CountDownLatch(AlertLoad.GROUPS);
      AlertmanagerOptions defaults = AlertmanagerOptions.defaults(null, "http://argus", yaml);
      AlertmanagerOptions options = new AlertmanagerOptions(defaults.clock(), null, defaults.externalUrl(),
          yaml, defaults.executor(), defaults.sleeper(), true, defaults.maintenanceIntervalMillis(),
          defaults.requestTimeout(), (receiver, integration, outcome, attempts, nanos) -> groups.countDown(),
          defaults.silenceIds());
      long cpuBefore = os.getProcessCpuTime();
      long started = System.nanoTime();
      try (Alertmanager alertmanager = Alertmanager.start(AlertmanagerConfigLoader.parse(yaml, "load.yml"), options)) {
        for (List<PostableAlert> batch : batches) {
          alertmanager.putAlerts(batch);
        }
        boolean all = groups.await(120, TimeUnit.SECONDS);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
        System.gc();
        long heapBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("argus round %d: all %d groups notified=%s, first post to last notification "
                + "%d ms, process CPU %d ms, heap used after GC %.1f MiB, RSS %s%n", round,
            AlertLoad.GROUPS, all, elapsedMillis, cpuMillis, heapBytes / 1048576.0, residentMemory("self"));
      }
    }
  }

  private static void runPeer(String baseUrl, long pid, int webhookPort) throws Exception {
    List<List<PostableAlert>> batches = AlertLoad.batches();
    CountDownLatch groups = new CountDownLatch(AlertLoad.GROUPS);
    HttpServer server = webhook(webhookPort, groups);
    HttpClient client = HttpClient.newHttpClient();
    long cpuBefore = cpuMillis(pid);
    long started = System.nanoTime();
    for (List<PostableAlert> batch : batches) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/alerts"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json(batch))).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("peer answered " + response.statusCode() + ": " + response.body());
      }
    }
    boolean all = groups.await(120, TimeUnit.SECONDS);
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("peer: all %d groups notified=%s, first post to last notification %d ms, "
            + "process CPU %d ms, RSS %s%n", AlertLoad.GROUPS, all, elapsedMillis,
        cpuMillis(pid) - cpuBefore, residentMemory(Long.toString(pid)));
    server.stop(0);
  }

  private static String json(List<PostableAlert> batch) {
    StringBuilder out = new StringBuilder("[");
    for (PostableAlert alert : batch) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"labels\":").append(object(alert.labels()))
          .append(",\"annotations\":").append(object(alert.annotations()))
          .append(",\"generatorURL\":\"").append(alert.generatorURL()).append("\"}");
    }
    return out.append(']').toString();
  }

  private static String object(Map<String, String> pairs) {
    StringBuilder out = new StringBuilder("{");
    pairs.forEach((name, value) -> out.append(out.length() > 1 ? "," : "")
        .append('"').append(name).append("\":\"").append(value).append('"'));
    return out.append('}').toString();
  }

  /** utime + stime of a process from /proc, in milliseconds (Linux clock ticks of 10 ms). */
  private static long cpuMillis(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  private static String residentMemory(String pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return line.substring(6).strip();
      }
    }
    return "unknown";
  }
}
