package io.argus.tsdb.wal;

import java.nio.file.Path;

/**
 * A torn or corrupt stretch found on replay: the file, the offset of the first untrusted byte, and
 * why. Everything before the offset was replayed; the file was truncated there.
 */
public record WalCorruption(Path path, long offset, String reason) {

  @Override
  public String toString() {
    return path + " at offset " + offset + ": " + reason;
  }
}
