package io.argus.ingest.remoteread;

import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import io.argus.core.storage.SelectHints;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.WireFormatException;
import io.argus.ingest.protobuf.WireType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a {@code prometheus.ReadRequest}:
 *
 * <pre>
 * ReadRequest  { repeated Query queries = 1; repeated ResponseType accepted_response_types = 2; }
 * Query        { int64 start_timestamp_ms = 1; int64 end_timestamp_ms = 2;
 *                repeated LabelMatcher matchers = 3; ReadHints hints = 4; }
 * LabelMatcher { Type type = 1; string name = 2; string value = 3; }   // EQ, NEQ, RE, NRE
 * ReadHints    { int64 step_ms = 1; string func = 2; int64 start_ms = 3; int64 end_ms = 4;
 *                repeated string grouping = 5; bool by = 6; int64 range_ms = 7; }
 * </pre>
 *
 * Requests are small, so this builds records; the hot path is the response.
 */
public final class ReadRequestDecoder {

  private ReadRequestDecoder() {}

  /**
   * @throws WireFormatException for malformed bytes, an unknown matcher type or a regex that does
   *     not compile
   */
  public static ReadRequest decode(byte[] message) {
    ProtoReader reader = new ProtoReader(message);
    List<ReadQuery> queries = new ArrayList<>();
    List<ResponseType> accepted = new ArrayList<>();
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "ReadRequest.queries");
          queries.add(decodeQuery(reader));
        }
        case 2 -> decodeResponseTypes(reader, tag, accepted);
        default -> reader.skip(tag & 7);
      }
    }
    return new ReadRequest(queries, accepted);
  }

  private static void decodeResponseTypes(ProtoReader reader, int tag, List<ResponseType> accepted) {
    if ((tag & 7) == WireType.VARINT) {
      addType(accepted, reader.readVarint64());
      return;
    }
    reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "ReadRequest.accepted_response_types");
    int enclosing = reader.enter();
    while (reader.hasRemaining()) {
      addType(accepted, reader.readVarint64());
    }
    reader.leave(enclosing);
  }

  private static void addType(List<ResponseType> accepted, long number) {
    ResponseType type = ResponseType.byNumber(number);
    if (type != null) {
      accepted.add(type);
    }
  }

  private static ReadQuery decodeQuery(ProtoReader reader) {
    int enclosing = reader.enter();
    long start = 0;
    long end = 0;
    List<Matcher> matchers = new ArrayList<>();
    SelectHints hints = null;
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          reader.expectWireType(tag, WireType.VARINT, "Query.start_timestamp_ms");
          start = reader.readVarint64();
        }
        case 2 -> {
          reader.expectWireType(tag, WireType.VARINT, "Query.end_timestamp_ms");
          end = reader.readVarint64();
        }
        case 3 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "Query.matchers");
          matchers.add(decodeMatcher(reader));
        }
        case 4 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "Query.hints");
          hints = decodeHints(reader);
        }
        default -> reader.skip(tag & 7);
      }
    }
    reader.leave(enclosing);
    return new ReadQuery(start, end, matchers, hints);
  }

  private static Matcher decodeMatcher(ProtoReader reader) {
    int enclosing = reader.enter();
    int at = reader.position();
    long type = 0;
    String name = "";
    String value = "";
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          reader.expectWireType(tag, WireType.VARINT, "LabelMatcher.type");
          type = reader.readVarint64();
        }
        case 2 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "LabelMatcher.name");
          name = reader.readString();
        }
        case 3 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "LabelMatcher.value");
          value = reader.readString();
        }
        default -> reader.skip(tag & 7);
      }
    }
    reader.leave(enclosing);
    MatchType matchType = switch ((int) type) {
      case 0 -> MatchType.EQUAL;
      case 1 -> MatchType.NOT_EQUAL;
      case 2 -> MatchType.REGEX;
      case 3 -> MatchType.NOT_REGEX;
      default -> throw new WireFormatException(
          "expected a label matcher type 0 to 3 (EQ, NEQ, RE, NRE), found " + type + " at byte offset " + at);
    };
    try {
      return Matcher.of(matchType, name, value);
    } catch (RuntimeException e) {
      throw new WireFormatException("invalid matcher " + name + matchType.operator() + "\"" + value + "\": " + e.getMessage(), e);
    }
  }

  private static SelectHints decodeHints(ProtoReader reader) {
    int enclosing = reader.enter();
    long step = 0;
    String function = null;
    long start = 0;
    long end = 0;
    List<String> grouping = new ArrayList<>();
    boolean by = false;
    long range = 0;
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> step = readVarint(reader, tag, "ReadHints.step_ms");
        case 2 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "ReadHints.func");
          function = reader.readString();
        }
        case 3 -> start = readVarint(reader, tag, "ReadHints.start_ms");
        case 4 -> end = readVarint(reader, tag, "ReadHints.end_ms");
        case 5 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "ReadHints.grouping");
          grouping.add(reader.readString());
        }
        case 6 -> by = readVarint(reader, tag, "ReadHints.by") != 0;
        case 7 -> range = readVarint(reader, tag, "ReadHints.range_ms");
        default -> reader.skip(tag & 7);
      }
    }
    reader.leave(enclosing);
    return new SelectHints(start, end, step, function == null || function.isEmpty() ? null : function, range, grouping, by);
  }

  private static long readVarint(ProtoReader reader, int tag, String field) {
    reader.expectWireType(tag, WireType.VARINT, field);
    return reader.readVarint64();
  }
}
