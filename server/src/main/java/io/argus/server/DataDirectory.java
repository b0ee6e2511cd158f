package io.argus.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The storage directory, created if missing and locked (file {@code lock}, as Prometheus does) so
 * that two servers never write the same data.
 */
final class DataDirectory implements AutoCloseable {

  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  static DataDirectory open(Path path, boolean useLockfile) throws StartupException {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new StartupException("cannot create data directory " + path + ": " + e, e);
    }
    if (!useLockfile) {
      return new DataDirectory(path, null, null);
    }
    Path lockFile = path.resolve("lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new StartupException("data directory " + path + " is locked by another process (" + lockFile + ")", null);
      }
      return new DataDirectory(path, channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new StartupException("data directory " + path + " is already in use by this process", e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StartupException("cannot lock data directory " + path + ": " + e, e);
    }
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    if (lock != null) {
      lock.release();
      lockChannel.close();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // The start is failing already; the first error is the one to report.
      }
    }
  }
}
