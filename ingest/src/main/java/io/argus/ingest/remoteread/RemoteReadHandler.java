package io.argus.ingest.remoteread;

import io.argus.core.label.Labels;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.ingest.protobuf.ProtoWriter;
import io.argus.ingest.protobuf.SnappyBlock;
import io.argus.ingest.protobuf.WireFormatException;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The remote read server behind {@code POST /api/v1/read}, as Prometheus serves it: each query runs
 * against the storage over its time range; external labels are added to every returned series
 * (the series' own label wins on a clash), and an equality matcher on an external label with its
 * value is turned into "label absent", since stored series do not carry external labels. The
 * response type is the first of the reader's accepted types this server supports (SAMPLES; none
 * means SAMPLES). Never throws: every outcome is a {@link ReadResult}. Thread-safe; at most
 * {@code concurrencyLimit} requests run at once, the others wait.
 */
public final class RemoteReadHandler {

  private final Queryable storage;
  private final RemoteReadConfig config;
  private final Labels externalLabels;
  private final Semaphore slots;

  public RemoteReadHandler(Queryable storage, RemoteReadConfig config, Labels externalLabels) {
    this.storage = storage;
    this.config = config;
    this.externalLabels = externalLabels;
    this.slots = config.concurrencyLimit() == 0 ? null : new Semaphore(config.concurrencyLimit(), true);
  }

  /** Serves one request; {@code body} is the snappy-compressed {@code ReadRequest} as received. */
  public ReadResult read(byte[] body) {
    if (slots != null) {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ReadResult.error(503, "interrupted while waiting for one of " + config.concurrencyLimit()
            + " remote read slots (--storage.remote.read-concurrent-limit)");
      }
    }
    try {
      return serve(body);
    } finally {
      if (slots != null) {
        slots.release();
      }
    }
  }

  private ReadResult serve(byte[] body) {
    ReadRequest request;
    try {
      if (body.length > config.maxBodyBytes()) {
        return ReadResult.error(400, "request body of " + body.length + " bytes is over the limit of " + config.maxBodyBytes());
      }
      request = ReadRequestDecoder.decode(SnappyBlock.decompress(body, config.maxBodyBytes()));
    } catch (WireFormatException e) {
      return ReadResult.error(400, "malformed remote read request: " + e.getMessage());
    }
    if (!negotiatesSamples(request.acceptedResponseTypes())) {
      return ReadResult.error(400, "server does not support any of the requested response types: "
          + request.acceptedResponseTypes() + "; supported: [" + ResponseType.SAMPLES + "]");
    }
    ProtoWriter writer = new ProtoWriter(64 * 1024);
    SamplesResponseWriter response = new SamplesResponseWriter(writer, externalLabels, config.sampleLimit());
    for (ReadQuery query : request.queries()) {
      Matcher[] matchers = withoutExternalLabels(query.matchers());
      try (Querier querier = storage.querier(query.startTimestampMillis(), query.endTimestampMillis())) {
        String problem = response.writeQueryResult(querier.select(false, query.hints(), matchers));
        if (problem != null) {
          return ReadResult.error(problem.startsWith(SamplesResponseWriter.LIMIT_PREFIX) ? 400 : 500, problem);
        }
      } catch (IllegalArgumentException e) {
        return ReadResult.error(400, "invalid query " + List.of(matchers) + ": " + e.getMessage());
      } catch (RuntimeException e) {
        return ReadResult.error(500, "storage failed for query " + List.of(matchers) + ": " + e);
      }
    }
    return new ReadResult(200, SnappyBlock.compress(writer.buffer(), 0, writer.size()));
  }

  private static boolean negotiatesSamples(List<ResponseType> accepted) {
    return accepted.isEmpty() || accepted.contains(ResponseType.SAMPLES);
  }

  private Matcher[] withoutExternalLabels(List<Matcher> matchers) {
    Matcher[] result = new Matcher[matchers.size()];
    for (int i = 0; i < result.length; i++) {
      Matcher matcher = matchers.get(i);
      boolean onExternal = matcher.type() == MatchType.EQUAL
          && externalLabels.has(matcher.name())
          && externalLabels.get(matcher.name()).equals(matcher.value());
      result[i] = onExternal ? Matcher.equal(matcher.name(), "") : matcher;
    }
    return result;
  }
}
