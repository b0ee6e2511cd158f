package io.argus.ingest.remotewrite;

import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.StorageException;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.SnappyBlock;
import io.argus.ingest.protobuf.WireFormatException;

/**
 * The remote write receiver behind {@code POST /api/v1/write}: negotiates the protocol, decompresses,
 * decodes straight into one {@link Appender} per request and commits or rolls back. Never throws:
 * every outcome is a {@link WriteResult} carrying the HTTP status. A request whose bytes are bad
 * (not snappy, not protobuf, truncated, a symbol reference out of range, over a limit) is rolled
 * back entirely; bad series and samples inside a well-formed request follow the configured
 * {@link PartialWritePolicy}. Thread-safe: each call uses its own appender.
 */
public final class RemoteWriteHandler {

  private final Appendable storage;
  private final RemoteWriteReceiverConfig config;
  private final SeriesCache seriesCache;

  public RemoteWriteHandler(Appendable storage, RemoteWriteReceiverConfig config) {
    this.storage = storage;
    this.config = config;
    this.seriesCache = config.seriesCacheSize() == 0 ? null : new SeriesCache(config.seriesCacheSize());
  }

  public RemoteWriteHandler(Appendable storage) {
    this(storage, RemoteWriteReceiverConfig.defaults());
  }

  /**
   * Handles one request.
   *
   * @param contentType the Content-Type header, or null
   * @param contentEncoding the Content-Encoding header, or null
   * @param protocolVersionHeader the {@code X-Prometheus-Remote-Write-Version} header, or null;
   *     informational only, since the Content-Type decides the protocol (as in Prometheus)
   * @param body the request body as received (snappy-compressed)
   */
  public WriteResult write(String contentType, String contentEncoding, String protocolVersionHeader, byte[] body) {
    RemoteWriteProtocol protocol = null;
    try {
      protocol = ContentNegotiation.protocol(contentType, config.acceptedProtocols());
      ContentNegotiation.checkEncoding(contentEncoding);
      if (body.length > config.maxBodyBytes()) {
        return refused(protocol, 413, "request body of " + body.length + " bytes is over the limit of "
            + config.maxBodyBytes() + " bytes (maxBodyBytes)");
      }
      byte[] message = SnappyBlock.decompress(body, config.maxDecompressedBytes());
      return decodeAndAppend(protocol, message);
    } catch (RejectedRequestException e) {
      return refused(protocol, e.httpStatus(), e.getMessage());
    } catch (WireFormatException e) {
      return refused(protocol, 400, "malformed request body: " + e.getMessage());
    }
  }

  private WriteResult decodeAndAppend(RemoteWriteProtocol protocol, byte[] message) {
    Appender appender;
    try {
      appender = storage.appender();
    } catch (RuntimeException e) {
      return refused(protocol, 500, "storage unavailable: " + e.getMessage());
    }
    MutableWriteBatch batch = new MutableWriteBatch(appender, config);
    try {
      ProtoReader reader = new ProtoReader(message);
      switch (protocol) {
        case V1 -> WriteRequestV1Decoder.decode(reader, batch, seriesCache);
        case V2 -> WriteRequestV2Decoder.decode(reader, batch);
      }
    } catch (RejectedRequestException e) {
      return rollback(appender, protocol, e.httpStatus(), e.getMessage(), batch);
    } catch (WireFormatException e) {
      return rollback(appender, protocol, 400, "malformed " + protocol.protoMessage() + ": " + e.getMessage(), batch);
    } catch (RuntimeException e) {
      // Not about the data (I/O, a full disk, a closed head): the sender should retry later.
      return rollback(appender, protocol, 500, "storage failed while appending: " + e, batch);
    }
    String firstError = batch.firstError();
    if (firstError != null && config.partialWritePolicy() == PartialWritePolicy.ATOMIC) {
      return rollback(appender, protocol, 400, firstError + moreErrors(batch), batch);
    }
    try {
      appender.commit();
    } catch (StorageException e) {
      return new WriteResult(500, "storage failed to commit: " + e.getMessage(), protocol, 0, 0, 0,
          batch.samplesWritten() + batch.samplesRejected());
    } catch (RuntimeException e) {
      return new WriteResult(500, "storage failed to commit: " + e, protocol, 0, 0, 0,
          batch.samplesWritten() + batch.samplesRejected());
    }
    if (firstError != null) {
      return new WriteResult(400, firstError + moreErrors(batch), protocol,
          batch.samplesWritten(), 0, 0, batch.samplesRejected());
    }
    return new WriteResult(204, "", protocol, batch.samplesWritten(), 0, 0, 0);
  }

  private static WriteResult rollback(
      Appender appender, RemoteWriteProtocol protocol, int status, String message, MutableWriteBatch batch) {
    try {
      appender.rollback();
    } catch (RuntimeException e) {
      message = message + " (and the rollback failed: " + e + ")";
    }
    long rejected = batch.samplesWritten() + batch.samplesRejected();
    return new WriteResult(status, message + rejectedSuffix(rejected, true), protocol, 0, 0, 0, rejected);
  }

  private static WriteResult refused(RemoteWriteProtocol protocol, int status, String message) {
    return new WriteResult(status, message + "; request refused, nothing written", protocol, 0, 0, 0, 0);
  }

  private static String moreErrors(MutableWriteBatch batch) {
    int more = batch.errorCount() - 1;
    String suffix = more > 0 ? " (and " + more + " more errors)" : "";
    return suffix + rejectedSuffix(batch.samplesRejected(), false);
  }

  private static String rejectedSuffix(long rejected, boolean wholeRequest) {
    return "; " + rejected + (rejected == 1 ? " sample" : " samples") + " rejected"
        + (wholeRequest ? ", nothing written" : "");
  }
}
