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
 * A body handler that keeps nothing: the status and headers are all a link check needs. A body that
 * is absent (HEAD) or small and of known length is drained, so the connection goes back to the pool
 * for the next request to the host; any other body subscription is cancelled at once, which closes
 * the connection (an endless body can then never hold a request).
 */
final class NoBody implements BodySubscriber<Void> {

  /** The largest announced body still worth reading to keep the connection alive. */
  static final long DRAIN_LIMIT = 16 * 1024;

  private static final BodyHandler<Void> HEAD = info -> BodySubscribers.discarding();

  private static final BodyHandler<Void> SMALL_DRAINED =
      info -> {
        long length = info.headers().firstValueAsLong("content-length").orElse(-1);
        return length >= 0 && length <= DRAIN_LIMIT ? BodySubscribers.discarding() : new NoBody();
      };

  /** The handler for a request of {@code method}: a HEAD answer has no body by definition. */
  static BodyHandler<Void> forMethod(String method) {
    return method.equals("HEAD") ? HEAD : SMALL_DRAINED;
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
