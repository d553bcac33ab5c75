package dev.linkcheck.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: a BOM picks UTF-8 or UTF-16 (and is dropped), anything else is UTF-8, with
 * malformed bytes replaced. NUL bytes mark a binary file. Stateless.
 */
public final class Decoder {

  /** The text, whether replacement characters were needed, or that the bytes are binary. */
  public record Decoded(String text, boolean replaced, boolean binary) {}

  private static final int BINARY_SNIFF = 8192;

  private Decoder() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), false, false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), false, false);
    }
    for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF); i++) {
      if (bytes[i] == 0) {
        return new Decoded("", false, true);
      }
    }
    return utf8(bytes, 0);
  }

  private static Decoded utf8(byte[] bytes, int offset) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return new Decoded(text, false, false);
    } catch (CharacterCodingException e) {
      return new Decoded(
          new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8), true, false);
    }
  }

  /** UTF-16 with replacement: malformed surrogates are rare and never worth failing a file. */
  private static String strict(byte[] bytes, int offset, Charset charset) {
    CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
