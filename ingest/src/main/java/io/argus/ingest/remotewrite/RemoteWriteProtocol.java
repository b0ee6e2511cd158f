package io.argus.ingest.remotewrite;

/** The remote write message types, named by their protobuf message as the Content-Type names them. */
public enum RemoteWriteProtocol {
  /** Remote write 1.0: labels as strings in every series. */
  V1("prometheus.WriteRequest", "0.1.0"),
  /** Remote write 2.0: a symbol table, label references, exemplars, metadata, created timestamps. */
  V2("io.prometheus.write.v2.Request", "2.0.0");

  private final String protoMessage;
  private final String versionHeaderValue;

  RemoteWriteProtocol(String protoMessage, String versionHeaderValue) {
    this.protoMessage = protoMessage;
    this.versionHeaderValue = versionHeaderValue;
  }

  /** The fully qualified protobuf message name, the value of the {@code proto=} parameter. */
  public String protoMessage() {
    return protoMessage;
  }

  /** The value senders put in {@code X-Prometheus-Remote-Write-Version}. */
  public String versionHeaderValue() {
    return versionHeaderValue;
  }

  /** The full Content-Type a sender of this protocol uses. */
  public String contentType() {
    return "application/x-protobuf;proto=" + protoMessage;
  }
}
