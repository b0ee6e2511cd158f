package io.argus.tsdb.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The few file operations the writer needs, so tests can put a failing disk underneath (disk full,
 * failing fsync) without a real small filesystem.
 */
public interface SegmentChannel extends AutoCloseable {

  /** Writes all of {@code source} at the end of the file. */
  void write(ByteBuffer source) throws IOException;

  void truncate(long sizeBytes) throws IOException;

  void force() throws IOException;

  @Override
  void close() throws IOException;

  /** Opens a new segment file. */
  @FunctionalInterface
  interface Opener {
    SegmentChannel create(Path path) throws IOException;
  }

  /** The real thing: a file channel opened for a new file. */
  static SegmentChannel createFile(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new SegmentChannel() {
      @Override
      public void write(ByteBuffer source) throws IOException {
        while (source.hasRemaining()) {
          channel.write(source);
        }
      }

      @Override
      public void truncate(long sizeBytes) throws IOException {
        channel.truncate(sizeBytes);
        channel.position(sizeBytes);
      }

      @Override
      public void force() throws IOException {
        channel.force(false);
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }
}
