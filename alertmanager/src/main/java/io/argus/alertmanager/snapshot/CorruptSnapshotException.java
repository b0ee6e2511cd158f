package io.argus.alertmanager.snapshot;

import java.io.IOException;

/** A state file whose magic, version, length or checksum is not what it should be. */
public final class CorruptSnapshotException extends IOException {

  public CorruptSnapshotException(String message) {
    super(message);
  }
}
