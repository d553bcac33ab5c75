package dev.linkcheck.check;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the quantities the checker's settings are written in, on the command line and in {@link
 * CheckOptions.Defaults} alike: seconds ({@code 10}, {@code 0.3}) and byte sizes ({@code 500000},
 * {@code 512KiB}, {@code 10MiB}). Bad text is an {@link IllegalArgumentException} naming it.
 */
public final class Quantities {

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,15})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?", Pattern.CASE_INSENSITIVE);

  private Quantities() {}

  /** Seconds as a decimal number, at least 0. */
  public static Duration seconds(String value) {
    double seconds;
    try {
      seconds = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number of seconds");
    }
    if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("'" + value + "' is negative or not a number");
    }
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /** Digits with an optional unit: B, KiB/K/KB, MiB/M/MB, GiB/G/GB, all powers of 1024. */
  public static long bytes(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a size in bytes (e.g. 500000, 512KiB, 10MiB)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    int shift =
        switch (unit.charAt(0)) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          default -> 0;
        };
    return n << shift;
  }
}
