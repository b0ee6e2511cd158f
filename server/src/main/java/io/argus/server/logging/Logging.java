package io.argus.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

/** Sets up logging for the process: one appender on stderr, as Prometheus logs. */
public final class Logging {

  private Logging() {}

  /**
   * Replaces whatever logging configuration is active.
   *
   * @param level one of debug, info, warn, error
   */
  public static void configure(String level, LogFormat format) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J backend is in charge (e.g. in an embedding application)
    }
    context.reset();
    // Modules below server may log through java.util.logging; route it into the same lines.
    java.util.logging.LogManager.getLogManager().reset();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    ch.qos.logback.classic.jul.LevelChangePropagator propagator = new ch.qos.logback.classic.jul.LevelChangePropagator();
    propagator.setContext(context);
    context.addListener(propagator);
    LogLineLayout layout = new LogLineLayout(format);
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    root.setLevel(Level.toLevel(level, Level.INFO));
    // Jetty's own chatter at info is noise for operators.
    context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
  }
}
