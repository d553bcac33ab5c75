package dev.linkcheck.resolve.site;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** URL path arithmetic as a browser does it, and file paths as {@code /}-separated text. */
final class UrlPaths {

  private UrlPaths() {}

  /**
   * {@code ref} resolved against the page URL path {@code base} (absolute, starting with {@code
   * /}): absolute or normalised, with a trailing {@code /} kept; null when it climbs above the
   * root.
   */
  static String resolve(String base, String ref) {
    String joined = ref.startsWith("/") ? ref : base.substring(0, base.lastIndexOf('/') + 1) + ref;
    Deque<String> out = new ArrayDeque<>();
    String[] segments = joined.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals("..")) {
        if (out.isEmpty()) {
          return null;
        }
        out.removeLast();
        if (last) {
          out.add("");
        }
      } else if (s.equals(".")) {
        if (last) {
          out.add("");
        }
      } else if (!s.isEmpty() || last) {
        out.add(s);
      }
    }
    return "/" + String.join("/", out);
  }

  /** {@code file} relative to {@code dir} with {@code /}, or null when it is not inside. */
  static String inside(Path dir, Path file) {
    if (!file.startsWith(dir)) {
      return null;
    }
    return dir.relativize(file).toString().replace('\\', '/');
  }

  /** The last segment of a {@code /}-separated path. */
  static String name(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** The lower-case extension of the last segment, {@code ""} when none. */
  static String extension(String path) {
    String name = name(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code path} without the extension of its last segment. */
  static String stem(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }
}
