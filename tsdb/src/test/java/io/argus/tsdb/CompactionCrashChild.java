package io.argus.tsdb;

import java.nio.file.Path;

/**
 * The child JVM of {@link TsdbCompactionCrashTest}: opens the TSDB and compacts its blocks, printing
 * {@code compacted <n>} when done. It is killed with SIGKILL at a random moment.
 */
public final class CompactionCrashChild {

  private CompactionCrashChild() {}

  public static void main(String[] args) {
    try (Tsdb tsdb = Tsdb.open(Path.of(args[0]), TsdbTestSupport.testOptions())) {
      System.out.println("opened");
      System.out.flush();
      int done = tsdb.compact();
      System.out.println("compacted " + done);
      System.out.flush();
    }
  }
}
