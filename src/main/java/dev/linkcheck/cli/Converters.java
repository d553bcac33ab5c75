package dev.linkcheck.cli;

import dev.linkcheck.check.CheckOptions;
import dev.linkcheck.check.Header;
import dev.linkcheck.check.Quantities;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.resolve.Remap;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The picocli converters of linkcheck's option values; each names the bad value it rejects. */
final class Converters {

  private Converters() {}

  /** An engine parser whose {@link IllegalArgumentException} message is the usage message. */
  abstract static class Parsing<T> implements ITypeConverter<T> {
    private final Function<String, T> parse;

    Parsing(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T convert(String value) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code 200..299,403}. */
  static final class Accept extends Parsing<StatusRanges> {
    Accept() {
      super(StatusRanges::parse);
    }
  }

  /** {@code 'REGEX REPLACEMENT'}. */
  static final class RemapRule extends Parsing<Remap> {
    RemapRule() {
      super(Remap::parse);
    }
  }

  /** {@code Name: value} or {@code host: Name: value}. */
  static final class RequestHeader extends Parsing<Header> {
    RequestHeader() {
      super(Header::parse);
    }
  }

  /** A Java regular expression. */
  static final class Regex implements ITypeConverter<Pattern> {
    @Override
    public Pattern convert(String value) {
      try {
        return Pattern.compile(value);
      } catch (PatternSyntaxException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a valid regex: " + e.getDescription());
      }
    }
  }

  /** {@code auto} (null: the checker's rule) or seconds as a decimal number, above 0. */
  static final class RetryTimeout implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      if (value.strip().equals(CheckOptions.Defaults.RETRY_TIMEOUT)) {
        return null;
      }
      Duration d = new Seconds().convert(value);
      if (d.isZero()) {
        throw new TypeConversionException("'" + value + "' is not auto or a positive number");
      }
      return d;
    }
  }

  /** Seconds as a decimal number, at least 0. */
  static final class Seconds extends Parsing<Duration> {
    Seconds() {
      super(Quantities::seconds);
    }
  }

  /** A duration with a unit, as {@code --max-cache-age} takes it: {@code 30s}, {@code 10m}, ... */
  static final class Age implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smhd])");

    @Override
    public Duration convert(String value) {
      Matcher m = DURATION.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a duration: a whole number and s, m, h or d (30s, 10m, 12h, 1d)");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
  }

  /**
   * A byte count: digits with an optional unit (B, KiB/K/KB, MiB/M/MB, GiB/G/GB; powers of 1024).
   */
  static final class ByteSize extends Parsing<Long> {
    ByteSize() {
      super(Quantities::bytes);
    }
  }

  /** An absolute http(s) URL. */
  static final class BaseUrl implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not an absolute http(s) URL");
    }
  }
}
