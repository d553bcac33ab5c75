package dev.linkcheck.check;

import dev.linkcheck.anchors.Anchors;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Reads the anchors of an HTML answer as it streams in: jsoup's {@link StreamParser} on a virtual
 * thread, stopped as soon as {@code enough} accepts the ids seen, at the end of the body or after
 * {@code maxBytes}. Redirects are not read, and of an error answer only its start (a bot wall's
 * page may show there). One instance per page check; {@link #result} is that of the last answer
 * read. Thread-safe.
 */
final class AnchorScan {

  /** GitHub renders the ids of a README's headings with this prefix, and links work without it. */
  private static final String GITHUB_PREFIX = "user-content-";

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

  /**
   * What the last answer's body held: the ids seen, whether reading stopped at {@code maxBytes}
   * with more to come, why reading failed (or null), and for an answer that is not HTML its content
   * type (else null).
   */
  record Result(Set<String> ids, boolean truncated, String failure, String notHtml) {}

  private final Predicate<Set<String>> enough;
  private final long maxBytes;
  private final Queue<InputStream> opened = new ConcurrentLinkedQueue<>();
  private volatile Result result;
  // The scanner of the latest answer: a timed-out earlier attempt must not overwrite its result.
  private volatile Scanner current;

  AnchorScan(Predicate<Set<String>> enough, long maxBytes) {
    this.enough = enough;
    this.maxBytes = maxBytes;
  }

  /** Null when no answer was read (no 2xx answer). */
  Result result() {
    return result;
  }

  BodyHandler<Void> handler() {
    return info -> {
      result = null;
      current = null;
      if (info.statusCode() >= 400) {
        // An error page's start may show the bot wall that answered in its place.
        return new BodyPrefix();
      }
      if (info.statusCode() < 200 || info.statusCode() > 299) {
        return NoBody.HANDLER.apply(info);
      }
      String type = info.headers().firstValue("content-type").orElse("");
      String lower = type.toLowerCase(Locale.ROOT);
      if (!lower.contains("text/html") && !lower.contains("application/xhtml+xml")) {
        result = new Result(Set.of(), false, null, type.isEmpty() ? "no content type" : type);
        return NoBody.HANDLER.apply(info);
      }
      Scanner scanner = new Scanner(charset(info));
      current = scanner;
      return scanner;
    };
  }

  private static Charset charset(ResponseInfo info) {
    Matcher m = CHARSET.matcher(info.headers().firstValue("content-type").orElse(""));
    try {
      return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Feeds the body to the parser thread; the body is complete when the parser is done. */
  private final class Scanner implements BodySubscriber<Void>, BodyStart.Kept {
    private final BodySubscriber<InputStream> stream = BodySubscribers.ofInputStream();
    // What the parser was given, for a bot wall's page served as 200 (Anubis, Imperva).
    private final BodyStart start = new BodyStart();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Charset charset;

    Scanner(Charset charset) {
      this.charset = charset;
    }

    @Override
    public CompletionStage<Void> getBody() {
      return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      stream.onSubscribe(subscription);
      Thread.ofVirtual().name("anchor-scan").start(this::scan);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      item.forEach(start::add);
      stream.onNext(item);
    }

    @Override
    public String start() {
      return start.text();
    }

    @Override
    public void onError(Throwable throwable) {
      stream.onError(throwable);
    }

    @Override
    public void onComplete() {
      stream.onComplete();
    }

    private void publish(Result read) {
      if (current == this) {
        result = read;
      }
    }

    private void scan() {
      Set<String> ids = new LinkedHashSet<>();
      StreamParser parser = new StreamParser(Parser.htmlParser());
      try {
        InputStream body = stream.getBody().toCompletableFuture().join();
        opened.add(body);
        LimitedInputStream in = new LimitedInputStream(body, maxBytes);
        parser.parse(new InputStreamReader(in, charset), "");
        Iterator<Element> elements = parser.iterator();
        boolean found = enough.test(ids);
        while (!found && elements.hasNext()) {
          Element element = elements.next();
          int before = ids.size();
          // Elements come out when they close; their open ancestors already carry their
          // attributes, so an id on a wrapper (<main id=…>) is found without reading to its end.
          for (Element e = element; e != null; e = e.parent()) {
            Anchors.definedBy(e, id -> add(id, ids));
          }
          // Elements come complete: dropping them keeps memory flat on a long page.
          element.remove();
          found = ids.size() > before && enough.test(ids);
        }
        publish(new Result(ids, in.truncated(), null, null));
      } catch (RuntimeException e) {
        // A read error reaches us wrapped by the parser; anything else is a parser failure.
        Throwable cause =
            e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        publish(new Result(ids, false, String.valueOf(cause.getMessage()), null));
      } finally {
        // The stream stays open until close(): cancelling the download before HttpClient has
        // seen the body complete would fail the exchange.
        done.complete(null);
      }
    }
  }

  /** Stops every download this scan started; call once the request is over. */
  void close() {
    for (InputStream in; (in = opened.poll()) != null; ) {
      try {
        in.close();
      } catch (IOException e) {
        // Nothing more to read either way.
      }
    }
  }

  /** Adds {@code id}, and for GitHub's prefixed ids the id links use. */
  private static void add(String id, Set<String> ids) {
    ids.add(id);
    if (id.startsWith(GITHUB_PREFIX) && id.length() > GITHUB_PREFIX.length()) {
      ids.add(id.substring(GITHUB_PREFIX.length()));
    }
  }
}
