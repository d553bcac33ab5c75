package dev.linkcheck.cli;

import dev.linkcheck.report.Palette;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The text report's colours through picocli's ANSI support. Text is styled as given, never parsed
 * as picocli markup, so a URL holding {@code @|} stays intact. Immutable.
 */
final class PicocliPalette implements Palette {

  @Override
  public String paint(Role role, String text) {
    return switch (role) {
      case FAILURE -> styled(text, Style.fg_red);
      case SUCCESS -> styled(text, Style.fg_green);
      case KNOWN, WARNING -> styled(text, Style.fg_yellow);
      case QUIET -> styled(text, Style.faint);
      // picocli ends bold with SGR 21, which many terminals take for double underline: reset.
      case HEADING -> Style.on(Style.bold) + text + Style.on(Style.reset);
    };
  }

  private static String styled(String text, IStyle style) {
    return Ansi.ON.apply(text, List.of(style)).toString();
  }
}
