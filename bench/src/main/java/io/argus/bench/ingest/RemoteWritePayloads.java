package io.argus.bench.ingest;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.ingest.remotewrite.WriteRequestV1Encoder;

/**
 * Remote write bodies shaped like a Kubernetes cluster's: each series has ten labels (metric name,
 * job, instance, namespace, pod, container, node, zone, env and one metric-specific label), label
 * values repeat across series as they do in practice, and each series carries one sample.
 */
final class RemoteWritePayloads {

  private static final String[] METRICS = {
    "container_cpu_usage_seconds_total", "container_memory_working_set_bytes", "http_requests_total",
    "http_request_duration_seconds_bucket", "kube_pod_status_phase", "node_network_receive_bytes_total",
    "process_resident_memory_bytes", "go_goroutines", "up", "grpc_server_handled_total"
  };

  private RemoteWritePayloads() {}

  /** The labels of series {@code index}. */
  static Labels series(int index) {
    int pod = index / 10;
    return new LabelsBuilder()
        .set(Labels.METRIC_NAME, METRICS[index % METRICS.length])
        .set("job", "kubernetes-pods")
        .set("instance", "10.0." + (pod / 250) + "." + (pod % 250) + ":8080")
        .set("namespace", "team-" + (pod % 12))
        .set("pod", "service-" + (pod % 40) + "-7d9f8c6b5-" + Integer.toString(pod * 7919, 36))
        .set("container", "app")
        .set("node", "ip-10-1-" + (pod % 16) + "-42.eu-west-1.compute.internal")
        .set("zone", "eu-west-1" + (char) ('a' + pod % 3))
        .set("env", "production")
        .set("code", Integer.toString(200 + (index % 5)))
        .build();
  }

  /** A snappy-compressed 1.0 body with {@code seriesCount} series of one sample each. */
  static byte[] version1(int seriesCount, long timestampMillis) {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder(seriesCount * 400);
    for (int i = 0; i < seriesCount; i++) {
      encoder.addSample(series(i), timestampMillis, i * 1.5);
    }
    return encoder.toSnappyBody();
  }
}
