package io.argus.ingest.remotewrite;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the Content-Type and Content-Encoding of a remote write request as Prometheus' receiver
 * does: a missing Content-Type means 1.0; the media type must be {@code application/x-protobuf};
 * a {@code proto=} parameter picks the message, its absence means 1.0; a missing Content-Encoding
 * is tolerated (old 1.0 senders), anything but {@code snappy} is refused. Refusals are 415.
 */
final class ContentNegotiation {

  static final String PROTOBUF_MEDIA_TYPE = "application/x-protobuf";
  static final String SNAPPY = "snappy";

  private ContentNegotiation() {}

  static RemoteWriteProtocol protocol(String contentType, Set<RemoteWriteProtocol> accepted) {
    String value = contentType == null || contentType.isBlank() ? PROTOBUF_MEDIA_TYPE : contentType.trim();
    String[] parts = value.split(";");
    if (!parts[0].trim().equalsIgnoreCase(PROTOBUF_MEDIA_TYPE)) {
      throw new RejectedRequestException(415,
          "expected " + PROTOBUF_MEDIA_TYPE + " as the media type, found content type \"" + value + "\"");
    }
    RemoteWriteProtocol protocol = RemoteWriteProtocol.V1;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        throw new RejectedRequestException(415,
            "expected content type parameters as key=value, found \"" + parameter + "\" in \"" + value + "\"");
      }
      String key = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      if (key.equals("proto")) {
        protocol = byMessage(parameter.substring(equals + 1).trim().replace("\"", ""), value);
        break;
      }
    }
    if (!accepted.contains(protocol)) {
      throw new RejectedRequestException(415,
          "protobuf message " + protocol.protoMessage() + " is not accepted by this receiver (accepted: "
              + accepted.stream().map(RemoteWriteProtocol::protoMessage).sorted().toList() + ")");
    }
    return protocol;
  }

  static void checkEncoding(String contentEncoding) {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return;
    }
    if (!contentEncoding.trim().equalsIgnoreCase(SNAPPY)) {
      throw new RejectedRequestException(415,
          "expected content encoding " + SNAPPY + ", found \"" + contentEncoding.trim() + "\"");
    }
  }

  private static RemoteWriteProtocol byMessage(String message, String contentType) {
    for (RemoteWriteProtocol protocol : RemoteWriteProtocol.values()) {
      if (protocol.protoMessage().equals(message)) {
        return protocol;
      }
    }
    throw new RejectedRequestException(415,
        "expected proto=" + RemoteWriteProtocol.V1.protoMessage() + " or proto=" + RemoteWriteProtocol.V2.protoMessage()
            + ", found proto=" + message + " in content type \"" + contentType + "\"");
  }
}
