package dev.linkcheck.resolve.site;

import dev.linkcheck.io.Decoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The front matter of a page: YAML between {@code ---} lines, or TOML between {@code +++} lines
 * (Hugo). Stateless; an unreadable page has none.
 */
final class FrontMatter {

  private FrontMatter() {}

  static Map<String, Object> of(Path file) {
    String text;
    try {
      Decoder.Decoded decoded = Decoder.decode(Files.readAllBytes(file));
      if (decoded.binary()) {
        return Map.of();
      }
      text = decoded.text();
    } catch (IOException | OutOfMemoryError e) {
      return Map.of();
    }
    return parse(text);
  }

  static Map<String, Object> parse(String text) {
    for (String fence : new String[] {"---", "+++"}) {
      if (text.startsWith(fence + "\n") || text.startsWith(fence + "\r\n")) {
        int start = text.indexOf('\n') + 1;
        int end = text.indexOf("\n" + fence, start - 1);
        if (end < 0) {
          return Map.of();
        }
        String body = text.substring(start, Math.max(start, end));
        return fence.equals("---") ? ConfigFiles.yaml(body) : ConfigFiles.toml(body);
      }
    }
    return Map.of();
  }
}
