package io.argus.scrape.loop;

/**
 * A scrape that failed as a whole: the HTTP request, the body, a parse error, or a limit. The
 * message becomes the target's last error, so it names the problem and, for body problems, the
 * line.
 */
public final class ScrapeFailedException extends Exception {

  public ScrapeFailedException(String message) {
    super(message);
  }

  public ScrapeFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
