package io.argus.core.storage;

/** A failure of the storage layer: I/O, corruption, or a limit. The message names the cause. */
public class StorageException extends RuntimeException {

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
