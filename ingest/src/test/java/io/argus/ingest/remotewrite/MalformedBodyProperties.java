package io.argus.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.protobuf.SnappyBlock;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Garbage, truncated and bit-flipped bodies: the handler never throws, answers 204 or a 4xx, every
 * appender ends, and what is committed is exactly what the result says was written.
 */
class MalformedBodyProperties {

  private static final byte[] VALID = validBody();

  private static byte[] validBody() {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    for (int i = 0; i < 20; i++) {
      encoder.addSeries(Labels.of("__name__", "metric_" + (i % 3), "instance", "host-" + i, "job", "node"),
          new long[] {1000, 2000, 3000}, new double[] {i, i + 0.5, Double.NaN}, 0, 3);
    }
    return encoder.toProtobuf();
  }

  @Property(tries = 500)
  void randomSnappyCompressedBytes(@ForAll byte[] garbage, @ForAll boolean version2) {
    check(SnappyBlock.compress(garbage), version2);
  }

  @Property(tries = 500)
  void randomRawBytes(@ForAll byte[] garbage, @ForAll boolean version2) {
    check(garbage, version2);
  }

  @Property(tries = 500)
  void truncatedBodies(@ForAll @IntRange(min = 0, max = 10_000) int cut, @ForAll boolean version2) {
    int length = cut % (VALID.length + 1);
    check(SnappyBlock.compress(Arrays.copyOf(VALID, length)), version2);
  }

  @Property(tries = 1000)
  void bitFlippedBodies(@ForAll @IntRange(min = 0) int position, @ForAll @IntRange(min = 0, max = 7) int bit,
      @ForAll boolean version2) {
    byte[] flipped = VALID.clone();
    flipped[position % flipped.length] ^= (byte) (1 << bit);
    check(SnappyBlock.compress(flipped), version2);
  }

  @Property(tries = 300)
  void bitFlippedSnappy(@ForAll @IntRange(min = 0) int position, @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] compressed = SnappyBlock.compress(VALID);
    compressed[position % compressed.length] ^= (byte) (1 << bit);
    check(compressed, false);
  }

  private static void check(byte[] body, boolean version2) {
    RecordingStorage storage = new RecordingStorage();
    String contentType = version2 ? RemoteWriteProtocol.V2.contentType() : RemoteWriteProtocol.V1.contentType();
    WriteResult result = new RemoteWriteHandler(storage).write(contentType, "snappy", null, body);
    assertThat(result.httpStatus()).isIn(204, 400);
    assertThat(storage.openAppenders()).isZero();
    assertThat(storage.committed()).hasSize((int) result.samplesWritten());
    if (result.message().contains("nothing written")) {
      assertThat(storage.committed()).isEmpty();
      assertThat(storage.commits()).isZero();
    }
  }
}
