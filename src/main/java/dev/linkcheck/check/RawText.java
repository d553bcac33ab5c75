package dev.linkcheck.check;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;

/**
 * Reads the body of a 2xx answer as UTF-8 text (what raw.githubusercontent.com serves), at most
 * {@code maxBytes} of it, the rest left unread until {@link #close}; other answers are not read.
 * One instance per fetch; {@link #result} is that of the last answer read in full, so a retried or
 * redirected request leaves the final answer's text. Thread-safe.
 */
final class RawText {

  /** The text read, and whether the body went on past {@code maxBytes}. */
  record Result(String text, boolean truncated) {}

  private final long maxBytes;
  private volatile Result result;
  // The reader of the latest answer: a timed-out earlier attempt must not overwrite its result.
  private volatile Reader current;
  private final Queue<Flow.Subscription> opened = new ConcurrentLinkedQueue<>();

  RawText(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Null when no 2xx answer was read to its end (or to {@code maxBytes}). */
  Result result() {
    return result;
  }

  BodyHandler<Void> handler() {
    return info -> {
      result = null;
      current = null;
      if (info.statusCode() < 200 || info.statusCode() > 299) {
        return NoBody.HANDLER.apply(info);
      }
      Reader reader = new Reader();
      current = reader;
      return reader;
    };
  }

  /** Stops every download this fetch left open; call once the request is over. */
  void close() {
    for (Flow.Subscription s; (s = opened.poll()) != null; ) {
      s.cancel();
    }
  }

  private final class Reader implements BodySubscriber<Void> {
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    // Written by the subscriber's thread only, one signal at a time (Flow's rule).
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<Void> getBody() {
      return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      opened.add(s);
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      boolean truncated = false;
      for (ByteBuffer b : item) {
        int room = (int) Math.min(b.remaining(), maxBytes - bytes.size());
        byte[] chunk = new byte[room];
        b.get(chunk);
        bytes.write(chunk, 0, room);
        truncated |= b.hasRemaining();
      }
      if (truncated) {
        // Nothing more is asked for; the stream is cancelled by close(), once the exchange is
        // over: cancelled before HttpClient has seen the body complete, it fails the exchange.
        finish(true);
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      done.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      finish(false);
    }

    private void finish(boolean truncated) {
      if (done.isDone()) {
        return;
      }
      if (current == this) {
        result = new Result(bytes.toString(StandardCharsets.UTF_8), truncated);
      }
      done.complete(null);
    }
  }
}
