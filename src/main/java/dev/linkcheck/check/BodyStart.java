package dev.linkcheck.check;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The first {@link BotWall#LOOK} bytes of a body as it streams in, so that a bot wall's page can be
 * recognised whoever reads the body. Written by the body subscriber's thread, read once the body is
 * over (or abandoned): its buffer is synchronized.
 */
final class BodyStart {

  /** A body subscriber that keeps its body's start. */
  interface Kept {
    /** The body's first bytes as Latin-1 text; see {@link BodyStart#text()}. */
    String start();
  }

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  /** Keeps what {@code buffer} holds of the first bytes, without moving its position. */
  void add(ByteBuffer buffer) {
    int keep = Math.min(buffer.remaining(), BotWall.LOOK - bytes.size());
    if (keep > 0) {
      byte[] some = new byte[keep];
      buffer.duplicate().get(some);
      bytes.write(some, 0, keep);
    }
  }

  /**
   * The bytes kept as Latin-1 text: every byte one character, enough for the ASCII markers of a bot
   * wall's page whatever the page's own charset.
   */
  String text() {
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
