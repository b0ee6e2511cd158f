package io.argus.scrape.loop;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Copies a response body into a {@link ScrapeBody} and gives up, cancelling the transfer, as soon
 * as it passes the body size limit, so an oversized body costs at most the limit in memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<ScrapeBody> {

  /** Completes the body exceptionally when the limit is passed. */
  static final class BodyTooLargeException extends RuntimeException {
    BodyTooLargeException() {
      super("body size limit exceeded", null, false, false);
    }
  }

  private final ScrapeBody body;
  private final long limitBytes;
  private final CompletableFuture<ScrapeBody> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBodySubscriber(ScrapeBody body, long limitBytes) {
    this.body = body;
    this.limitBytes = limitBytes;
    body.clear();
  }

  @Override
  public CompletionStage<ScrapeBody> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription newSubscription) {
    this.subscription = newSubscription;
    newSubscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if (!body.append(buffer, limitBytes)) {
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException());
        return;
      }
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(body);
  }
}
