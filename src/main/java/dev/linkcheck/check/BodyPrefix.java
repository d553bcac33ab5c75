package dev.linkcheck.check;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler for GET that reads and discards at most {@link #LIMIT} bytes, then stops asking
 * for more, and the rest is cancelled by {@link #abandon()} once the exchange is over: enough to
 * see a body that is cut short, reset or wrongly chunked (an error, not a live link), never a whole
 * download. A broken body completes the response exceptionally. The first {@link BotWall#LOOK}
 * bytes are kept for {@link #start()}, so a bot wall's page can be recognised. One instance per
 * response.
 */
final class BodyPrefix implements BodySubscriber<Void>, BodyStart.Kept {

  /** Bytes read before the rest of a body is abandoned. */
  static final long LIMIT = 64 * 1024;

  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long read;
  // Set by the subscriber thread; read by abandon() after the exchange, which has seen done.
  private volatile boolean finished;
  private final BodyStart start = new BodyStart();

  @Override
  public CompletionStage<Void> getBody() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    for (ByteBuffer b : item) {
      start.add(b);
      read += b.remaining();
    }
    if (read >= LIMIT) {
      // No cancel here: an HTTP/2 stream cancelled before HttpClient has seen its body complete
      // fails the whole exchange ("Stream N cancelled"), a false alarm on every large page.
      done.complete(null);
    } else {
      subscription.request(1);
    }
  }

  /** Cancels what is left of a body read only in part; nothing once the body is complete. */
  void abandon() {
    if (subscription != null && !finished) {
      subscription.cancel();
    }
  }

  @Override
  public String start() {
    return start.text();
  }

  @Override
  public void onError(Throwable throwable) {
    finished = true;
    done.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    finished = true;
    done.complete(null);
  }
}
