package dev.linkcheck.check;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that keeps nothing: the status and headers are all a link check needs. A HEAD
 * answer has no body, so its connection goes back to the pool for the next request to the host; a
 * GET body subscription is cancelled at once, which closes the connection (a huge or endless body
 * can then never hold a request).
 */
final class NoBody implements BodySubscriber<Void> {

  private static final BodyHandler<Void> HEAD = info -> BodySubscribers.discarding();

  private static final BodyHandler<Void> CANCELLED = info -> new NoBody();

  /** The handler for a request of {@code method}: a HEAD answer has no body by definition. */
  static BodyHandler<Void> forMethod(String method) {
    return method.equals("HEAD") ? HEAD : CANCELLED;
  }

  private final CompletableFuture<Void> done = new CompletableFuture<>();

  @Override
  public CompletionStage<Void> getBody() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.cancel();
    done.complete(null);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {}

  @Override
  public void onError(Throwable throwable) {
    done.complete(null);
  }

  @Override
  public void onComplete() {
    done.complete(null);
  }
}
