package dev.linkcheck.check;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler for GET that reads and discards at most {@link #LIMIT} bytes, then cancels: enough
 * to see a body that is cut short, reset or wrongly chunked (an error, not a live link), never a
 * whole download. A broken body completes the response exceptionally. The first {@link
 * BotWall#LOOK} bytes are kept for {@link #start()}, so a bot wall's page can be recognised. One
 * instance per response.
 */
final class BodyPrefix implements BodySubscriber<Void> {

  /** Bytes read before the rest of a body is abandoned. */
  static final long LIMIT = 64 * 1024;

  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long read;
  // Written by the subscriber thread, read once the body future has completed.
  private final ByteArrayOutputStream start = new ByteArrayOutputStream();

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
      int keep = Math.min(b.remaining(), BotWall.LOOK - start.size());
      if (keep > 0) {
        byte[] bytes = new byte[keep];
        b.duplicate().get(bytes);
        start.write(bytes, 0, keep);
      }
      read += b.remaining();
    }
    if (read >= LIMIT) {
      subscription.cancel();
      done.complete(null);
    } else {
      subscription.request(1);
    }
  }

  /**
   * The body's first bytes as Latin-1 text: every byte one character, enough for the ASCII markers
   * of a bot wall's page whatever the page's own charset.
   */
  String start() {
    return start.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void onError(Throwable throwable) {
    done.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    done.complete(null);
  }
}
