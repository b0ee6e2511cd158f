package io.argus.tsdb.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorEncoder;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged block files are detected and reported with the file and offset. */
class BlockCorruptionTest {

  @TempDir Path parent;
  private Path blockDirectory;

  @BeforeEach
  void writeBlock() throws Exception {
    TreeMap<Labels, List<XorChunk>> series = new TreeMap<>();
    for (int s = 0; s < 20; s++) {
      XorEncoder encoder = new XorEncoder();
      for (int i = 0; i < 100; i++) {
        encoder.append(i * 15_000L, s * 1000 + i);
      }
      series.put(Labels.of("__name__", "m", "s", Integer.toString(s)), List.of(encoder.toChunk()));
    }
    BlockMeta meta = BlockWriter.write(parent, series, 0, 7_200_000, 1, List.of());
    blockDirectory = parent.resolve(meta.id());
  }

  @Test
  void intactBlockOpensAndReads() throws Exception {
    Block block = Block.open(blockDirectory);
    try (Querier querier = block.querier(0, Long.MAX_VALUE)) {
      assertThat(BlockRoundTripProperties.dump(querier, Matcher.equal("__name__", "m"))).hasSize(20);
    }
    block.close();
  }

  @Test
  void flippedByteInTheIndexIsReportedWithFileAndOffset() throws Exception {
    Path index = blockDirectory.resolve("index");
    long size = Files.size(index);
    // Flip every byte in turn would be slow; flip a few spread over every section instead.
    for (long offset : new long[] {0, 5, 12, size / 3, size / 2, size - 60, size - 10, size - 1}) {
      flip(index, offset);
      assertThatThrownBy(() -> {
            Block block = Block.open(blockDirectory);
            try {
              block.verify();
            } finally {
              block.close();
            }
          })
          .as("flipped byte at %d", offset)
          .isInstanceOf(CorruptBlockException.class)
          .hasMessageContaining(index.toString());
      flip(index, offset);
    }
  }

  @Test
  void everyFlippedByteInTheIndexIsFoundByVerify() throws Exception {
    Path index = blockDirectory.resolve("index");
    long size = Files.size(index);
    for (long offset = 0; offset < size; offset++) {
      flip(index, offset);
      Block block = null;
      boolean detected = false;
      try {
        block = Block.open(blockDirectory);
        block.verify();
      } catch (CorruptBlockException e) {
        detected = true;
      } finally {
        if (block != null) {
          block.close();
        }
      }
      flip(index, offset);
      assertThat(detected).as("flipped byte at offset %d of %d", offset, size).isTrue();
    }
  }

  @Test
  void truncatedChunkFileIsReportedWhenTheChunkIsRead() throws Exception {
    Path segment = blockDirectory.resolve("chunks").resolve("000001");
    try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
      file.setLength(file.length() - 7);
    }
    Block block = Block.open(blockDirectory);
    try (Querier querier = block.querier(0, Long.MAX_VALUE)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("__name__", "m"));
      int read = 0;
      while (set.next()) {
        read++;
      }
      assertThat(read).isEqualTo(19);
      assertThat(set.error()).isInstanceOf(CorruptBlockException.class).hasMessageContaining(segment.toString());
    }
    block.close();
  }

  @Test
  void missingMetaIsReported() throws Exception {
    Files.delete(blockDirectory.resolve("meta.json"));
    assertThatThrownBy(() -> Block.open(blockDirectory))
        .isInstanceOf(CorruptBlockException.class)
        .hasMessageContaining("meta.json");
  }

  @Test
  void aQuerierKeepsTheMappingAliveAfterTheBlockIsClosed() throws Exception {
    Block block = Block.open(blockDirectory);
    Querier querier = block.querier(0, Long.MAX_VALUE);
    block.close();
    assertThat(block.isMapped()).isTrue();
    assertThat(BlockRoundTripProperties.dump(querier, Matcher.equal("__name__", "m"))).hasSize(20);
    querier.close();
    assertThat(block.isMapped()).isFalse();
    assertThat(block.acquire()).isFalse();
  }

  private static void flip(Path file, long offset) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(offset);
      int b = raf.read();
      raf.seek(offset);
      raf.write(b ^ 0x40);
    }
  }
}
