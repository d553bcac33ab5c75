package dev.linkcheck.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Normalises an http(s) URL as written into a valid {@link URI}: scheme and host lower-cased, a
 * Unicode host in punycode, illegal characters percent-encoded, user info and the fragment dropped,
 * an empty path made {@code /}. Stateless.
 */
public final class UrlNormalizer {

  /** A URL that cannot be made valid, with the reason. */
  public static final class MalformedUrlException extends Exception {
    public MalformedUrlException(String message) {
      super(message);
    }
  }

  private UrlNormalizer() {}

  public static URI normalize(String url) throws MalformedUrlException {
    int colon = url.indexOf(':');
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = url.substring(colon + 1);
    if (!rest.startsWith("//")) {
      throw new MalformedUrlException("no host");
    }
    rest = rest.substring(2);
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    int pathStart = indexOfAny(rest, "/?");
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
    String host = host(authority);
    StringBuilder b = new StringBuilder(scheme).append("://").append(host);
    if (pathAndQuery.isEmpty() || pathAndQuery.startsWith("?")) {
      b.append('/');
    }
    b.append(encode(pathAndQuery));
    try {
      URI uri = new URI(b.toString());
      if (uri.getHost() == null) {
        throw new MalformedUrlException("invalid host '" + host + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new MalformedUrlException(e.getReason());
    }
  }

  /** The authority without user info, host lower-cased and in punycode, default port dropped. */
  private static String host(String authority) throws MalformedUrlException {
    String a = authority.substring(authority.lastIndexOf('@') + 1);
    String host;
    String port = null;
    if (a.startsWith("[")) {
      int close = a.indexOf(']');
      if (close < 0) {
        throw new MalformedUrlException("unclosed IPv6 address");
      }
      host = a.substring(0, close + 1).toLowerCase(Locale.ROOT);
      String after = a.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw new MalformedUrlException("bad text after IPv6 address");
        }
        port = after.substring(1);
      }
    } else {
      int c = a.lastIndexOf(':');
      host = c < 0 ? a : a.substring(0, c);
      port = c < 0 ? null : a.substring(c + 1);
      if (host.isEmpty()) {
        throw new MalformedUrlException("empty host");
      }
      try {
        host = IDN.toASCII(percentDecode(host), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new MalformedUrlException("invalid host name '" + host + "'");
      }
      if (host.isEmpty() || host.chars().anyMatch(ch -> !isHostChar((char) ch))) {
        throw new MalformedUrlException("invalid host name '" + host + "'");
      }
    }
    if (port == null || port.isEmpty()) {
      return host;
    }
    if (!port.chars().allMatch(Character::isDigit) || port.length() > 5) {
      throw new MalformedUrlException("invalid port '" + port + "'");
    }
    int p = Integer.parseInt(port);
    if (p > 65535) {
      throw new MalformedUrlException("port " + p + " out of range");
    }
    return host + ":" + p;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
  }

  /** Percent-encodes what URIs may not hold; keeps valid {@code %XX}, encodes a stray {@code %}. */
  public static String encode(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp == '%') {
        boolean valid = i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
        b.append(valid ? "%" : "%25");
      } else if (cp < 0x80 && allowed((char) cp)) {
        b.append((char) cp);
      } else {
        for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)));
          b.append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
        }
      }
      i += len;
    }
    return b.toString();
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  /** Decodes {@code %XX} sequences as UTF-8; invalid sequences stay as written. */
  public static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i += Character.charCount(cp);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The first index in {@code s} of any of {@code chars}, or -1. */
  public static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
