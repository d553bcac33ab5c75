package dev.linkcheck.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Why a request got no HTTP answer, classified by exception type (a refused connect is a {@code
 * ConnectException} with a null message) and whether a retry may help. Immutable.
 */
record Failure(Kind kind, String message) {

  /** The classes of failure that decide the outcome and retries. */
  enum Kind {
    /** No answer in time: retried, then {@code timeout}. */
    TIMEOUT,
    /** The connection broke (reset, closed early): retried, then {@code error}. */
    TRANSIENT,
    /** Will not get better by retrying (DNS, refused, TLS, malformed): {@code error} at once. */
    PERMANENT
  }

  static Failure timeout() {
    return new Failure(Kind.TIMEOUT, "timeout");
  }

  static Failure permanent(String message) {
    return new Failure(Kind.PERMANENT, message);
  }

  /** Classifies what {@code HttpClient} threw for a request to {@code host}. */
  static Failure of(Throwable thrown, String host) {
    Throwable t = thrown;
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return permanent("DNS: cannot resolve host " + host);
      }
      if (c instanceof HttpTimeoutException) {
        return timeout();
      }
      if (c instanceof SSLException) {
        t = c;
      }
    }
    if (t instanceof SSLHandshakeException || t instanceof SSLException) {
      return permanent("TLS: " + tlsReason(t));
    }
    if (thrown instanceof ConnectException || thrown.getCause() instanceof ConnectException) {
      return permanent("connection refused");
    }
    String message = messageOf(thrown).toLowerCase(Locale.ROOT);
    if (message.contains("reset")) {
      return new Failure(Kind.TRANSIENT, "connection reset");
    }
    if (message.contains("closed")
        || message.contains("eof")
        || message.contains("received no bytes")) {
      return new Failure(Kind.TRANSIENT, "connection closed without a complete response");
    }
    if (thrown instanceof java.net.ProtocolException
        || message.contains("status line")
        || message.contains("chunk")
        || message.contains("header")) {
      return permanent("invalid HTTP response: " + messageOf(thrown));
    }
    if (thrown instanceof IOException) {
      return new Failure(Kind.TRANSIENT, messageOf(thrown));
    }
    return permanent(messageOf(thrown));
  }

  private static String tlsReason(Throwable t) {
    String m = messageOf(t);
    for (Throwable c = t; c != null; c = c.getCause()) {
      String cm = messageOf(c);
      if (cm.contains("PKIX") || cm.contains("unable to find valid certification path")) {
        return "certificate not trusted (self-signed or unknown issuer; --insecure accepts it)";
      }
      if (cm.contains("No subject alternative") || cm.contains("No name matching")) {
        return "certificate does not match the host name";
      }
      if (cm.contains("expired") || cm.contains("NotAfter")) {
        return "certificate expired";
      }
      if (cm.contains("plaintext") || cm.contains("Unsupported or unrecognized SSL message")) {
        return "server does not speak TLS on this port";
      }
    }
    return m;
  }

  private static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
