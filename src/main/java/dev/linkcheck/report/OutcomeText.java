package dev.linkcheck.report;

import dev.linkcheck.model.HttpStatusText;
import dev.linkcheck.model.Outcome;

/** The human-readable and JSON fields derived from an outcome. Stateless. */
final class OutcomeText {

  private OutcomeText() {}

  /** The short verdict a text report shows, e.g. {@code 404 Not Found}. */
  static String verdict(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o ->
          (o.code() == null ? "ok" : o.code() + " " + HttpStatusText.of(o.code()))
              + (o.note() == null ? "" : " (" + o.note() + ")");
      case Outcome.Redirected r ->
          r.code() + " " + HttpStatusText.of(r.code()) + " after " + hops(r.hops().size());
      // A missing fragment's page answered 200: the status would only confuse.
      case Outcome.Broken b ->
          b.code() == null || b.message().startsWith("fragment #")
              ? b.message()
              : b.code() + " " + b.message();
      case Outcome.Timeout t -> t.message();
      case Outcome.Error e -> "error: " + e.message();
      case Outcome.Excluded x -> "excluded";
      case Outcome.Skipped s -> "skipped: " + s.message();
      case Outcome.Known k -> "known: " + verdict(k.failure());
    };
  }

  /** The JSON {@code message}: reason phrase for HTTP answers, else the outcome's message. */
  static String message(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o ->
          o.note() != null
              ? o.note()
              : o.code() == null ? "file exists" : HttpStatusText.of(o.code());
      case Outcome.Redirected r -> HttpStatusText.of(r.code());
      case Outcome.Broken b -> b.message();
      case Outcome.Timeout t -> t.message();
      case Outcome.Error e -> e.message();
      case Outcome.Excluded x -> x.message();
      case Outcome.Skipped s -> s.message();
      case Outcome.Known k -> message(k.failure());
    };
  }

  /** The final HTTP status, or null when there was no HTTP answer. */
  static Integer code(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o -> o.code();
      case Outcome.Redirected r -> r.code();
      case Outcome.Broken b -> b.code();
      case Outcome.Timeout t -> null;
      case Outcome.Error e -> null;
      case Outcome.Excluded x -> null;
      case Outcome.Skipped s -> null;
      case Outcome.Known k -> code(k.failure());
    };
  }

  /** Where the last redirect led, or null without redirects. */
  static String finalUrl(Outcome outcome) {
    return outcome.hops().isEmpty() ? null : outcome.hops().getLast();
  }

  private static String hops(int n) {
    return n == 1 ? "1 redirect" : n + " redirects";
  }
}
