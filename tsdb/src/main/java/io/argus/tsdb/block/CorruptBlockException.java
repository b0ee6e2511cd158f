package io.argus.tsdb.block;

import io.argus.core.storage.StorageException;
import java.nio.file.Path;

/** A block file whose checksum or structure is wrong; names the file and the byte offset. */
public final class CorruptBlockException extends StorageException {

  private final Path file;
  private final long offset;

  public CorruptBlockException(Path file, long offset, String problem) {
    super("corrupt block file " + file + " at offset " + offset + ": " + problem);
    this.file = file;
    this.offset = offset;
  }

  public Path file() {
    return file;
  }

  public long offset() {
    return offset;
  }
}
