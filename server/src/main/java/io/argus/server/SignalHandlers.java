package io.argus.server;

import sun.misc.Signal;

/**
 * SIGHUP reloads the configuration, as for Prometheus. SIGTERM and SIGINT need nothing here: the
 * JVM runs the shutdown hook, which stops the server gracefully.
 */
final class SignalHandlers {

  private SignalHandlers() {}

  static void onHangup(Runnable action) {
    try {
      Signal.handle(new Signal("HUP"), signal -> Thread.ofVirtual().name("sighup").start(action));
    } catch (IllegalArgumentException e) {
      // No SIGHUP on this platform: reload stays available through /-/reload.
    }
  }
}
