package dev.linkcheck.check;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that reads nothing, for HEAD: the status and headers are all it gives, so the body
 * subscription is cancelled at once (a server that sends a body anyway can never hold a request).
 */
final class NoBody implements BodySubscriber<Void> {

  static final BodyHandler<Void> HANDLER = info -> new NoBody();

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
