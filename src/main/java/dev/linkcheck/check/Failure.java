package dev.linkcheck.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Why a request got no usable HTTP answer, classified from what {@code HttpClient} threw (its whole
 * cause chain: the useful exception is often two levels down) and whether a retry may help.
 * Immutable.
 */
record Failure(Kind kind, String message) {

  /** The classes of failure that decide the outcome and retries. */
  enum Kind {
    /** No answer in time: retried, then {@code timeout}. */
    TIMEOUT,
    /** The connection broke (reset, closed early): retried, then {@code error}. */
    TRANSIENT,
    /** Will not get better by retrying (DNS, refused, TLS, malformed): {@code error} at once. */
    PERMANENT,
    /** Not requested by the address policy (--exclude-private, ...): {@code excluded} at once. */
    EXCLUDED
  }

  static Failure timeout() {
    return new Failure(Kind.TIMEOUT, "timeout");
  }

  static Failure permanent(String message) {
    return new Failure(Kind.PERMANENT, message);
  }

  static Failure excluded(String message) {
    return new Failure(Kind.EXCLUDED, message);
  }

  private static Failure broke(String message) {
    return new Failure(Kind.TRANSIENT, message);
  }

  /** Classifies what {@code HttpClient} threw for a request to {@code host}. */
  static Failure of(Throwable thrown, String host) {
    SSLException tls = null;
    boolean refused = false;
    boolean protocol = false;
    StringBuilder messages = new StringBuilder();
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return permanent("DNS: cannot resolve host " + host);
      }
      if (c instanceof HttpTimeoutException) {
        return timeout();
      }
      if (c instanceof SSLException ssl && tls == null) {
        tls = ssl;
      }
      refused |= c instanceof ConnectException;
      protocol |= c instanceof ProtocolException;
      messages.append(messageOf(c).toLowerCase(Locale.ROOT)).append('\n');
    }
    if (tls != null) {
      return permanent("TLS: " + tlsReason(tls));
    }
    if (refused) {
      return permanent("connection refused");
    }
    String top = messageOf(thrown);
    String all = messages.toString();
    boolean inBody = all.contains("content-length") || all.contains("transfer encoding");
    if (all.contains("chunk size") || all.contains("chunk header")) {
      return permanent("invalid HTTP response: malformed chunked body (" + top + ")");
    }
    if (all.contains("reset")) {
      return broke(inBody ? "connection reset in the middle of the body" : "connection reset");
    }
    if (all.contains("received no bytes")) {
      return broke("empty response: the server closed the connection without answering");
    }
    if (inBody) {
      return broke("connection closed in the middle of the body (" + top + ")");
    }
    // The JDK's "Too many retries" is its refused re-send of a request whose reused connection
    // closed before any answer byte (see Checker).
    if (all.contains("closed") || all.contains("eof") || all.contains("too many retries")) {
      return broke("connection closed without a complete response");
    }
    if (protocol || all.contains("status line") || all.contains("header")) {
      return permanent("invalid HTTP response: " + top);
    }
    if (thrown instanceof IOException) {
      return broke(top);
    }
    return permanent(top);
  }

  private static String tlsReason(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String cm = messageOf(c);
      if (cm.contains("PKIX") || cm.contains("unable to find valid certification path")) {
        return "certificate not trusted (self-signed or unknown issuer; --insecure accepts it)";
      }
      if (cm.contains("No subject alternative") || cm.contains("No name matching")) {
        return "certificate does not match the host name (--insecure accepts it)";
      }
      if (cm.contains("expired") || cm.contains("NotAfter")) {
        return "certificate expired (--insecure accepts it)";
      }
      if (cm.contains("plaintext") || cm.contains("Unsupported or unrecognized SSL message")) {
        return "server does not speak TLS on this port";
      }
    }
    return messageOf(t);
  }

  private static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
