package io.argus.ingest.remoteread;

import io.argus.core.label.Matcher;
import io.argus.core.storage.SelectHints;
import io.argus.ingest.protobuf.ProtoWriter;
import io.argus.ingest.protobuf.SnappyBlock;

/** Encodes a {@link ReadRequest} as a remote read client sends it: protobuf, then snappy. */
public final class ReadRequestEncoder {

  private ReadRequestEncoder() {}

  public static byte[] encode(ReadRequest request) {
    ProtoWriter writer = new ProtoWriter();
    for (ReadQuery query : request.queries()) {
      int token = writer.beginMessage(1);
      writer.writeVarintField(1, query.startTimestampMillis());
      writer.writeVarintField(2, query.endTimestampMillis());
      for (Matcher matcher : query.matchers()) {
        int m = writer.beginMessage(3);
        writer.writeVarintField(1, switch (matcher.type()) {
          case EQUAL -> 0;
          case NOT_EQUAL -> 1;
          case REGEX -> 2;
          case NOT_REGEX -> 3;
        });
        writer.writeStringField(2, matcher.name());
        writer.writeStringField(3, matcher.value());
        writer.endMessage(m);
      }
      if (query.hints() != null) {
        writeHints(writer, query.hints());
      }
      writer.endMessage(token);
    }
    if (!request.acceptedResponseTypes().isEmpty()) {
      int packed = writer.beginMessage(2);
      for (ResponseType type : request.acceptedResponseTypes()) {
        writer.writeVarint64(type.number());
      }
      writer.endMessage(packed);
    }
    return SnappyBlock.compress(writer.buffer(), 0, writer.size());
  }

  private static void writeHints(ProtoWriter writer, SelectHints hints) {
    int token = writer.beginMessage(4);
    writer.writeVarintField(1, hints.stepMillis());
    if (hints.function() != null) {
      writer.writeStringField(2, hints.function());
    }
    writer.writeVarintField(3, hints.startMillis());
    writer.writeVarintField(4, hints.endMillis());
    for (String label : hints.grouping()) {
      writer.writeStringField(5, label);
    }
    writer.writeVarintField(6, hints.by() ? 1 : 0);
    writer.writeVarintField(7, hints.rangeMillis());
    writer.endMessage(token);
  }
}
