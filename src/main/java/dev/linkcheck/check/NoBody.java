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
 * A body subscriber that keeps nothing. {@link #HANDLER} cancels the body subscription at once,
 * which closes the connection, so a body nobody wants (huge or endless) can never hold a request;
 * {@link #HEAD} is for HEAD answers, which have no body by definition, so their connection goes
 * back to the pool for the next request to the host.
 */
final class NoBody implements BodySubscriber<Void> {

  static final BodyHandler<Void> HANDLER = info -> new NoBody();

  static final BodyHandler<Void> HEAD = info -> BodySubscribers.discarding();

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
