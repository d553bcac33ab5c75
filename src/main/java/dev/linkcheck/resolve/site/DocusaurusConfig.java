package dev.linkcheck.resolve.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal values of a {@code docusaurus.config.{js,mjs,ts}} that resolution needs, read with
 * patterns since the file is code: {@code url}, {@code baseUrl}, the docs plugin's {@code path} and
 * {@code routeBasePath}, {@code staticDirectories}; each value not written as a literal takes the
 * framework's default, and {@code defaults} names those. Immutable.
 */
record DocusaurusConfig(
    String url,
    String baseUrl,
    String docsPath,
    String routeBasePath,
    List<String> staticDirs,
    List<String> defaults) {

  private static final String STRING = "\\s*:\\s*['\"`]([^'\"`]*)['\"`]";

  static DocusaurusConfig read(Path file) {
    String js;
    try {
      js = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      js = "";
    }
    // Comments may hold example values: drop them first.
    js = js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    List<String> defaults = new ArrayList<>();
    String docs = block(js, "docs");
    String url = literal(js, "url", null, "url", defaults);
    String baseUrl = literal(js, "baseUrl", "/", "baseUrl", defaults);
    String path = literal(docs, "path", "docs", "docs path", defaults);
    String route = literal(docs, "routeBasePath", "docs", "routeBasePath", defaults);
    List<String> statics = new ArrayList<>();
    Matcher m = Pattern.compile("staticDirectories\\s*:\\s*\\[([^\\]]*)]").matcher(js);
    if (m.find()) {
      Matcher s = Pattern.compile("['\"]([^'\"]+)['\"]").matcher(m.group(1));
      while (s.find()) {
        statics.add(s.group(1));
      }
    } else {
      statics.add("static");
      defaults.add("staticDirectories");
    }
    return new DocusaurusConfig(url, baseUrl, path, route, statics, defaults);
  }

  private static String literal(
      String js, String key, String fallback, String label, List<String> defaults) {
    Matcher m = Pattern.compile("(?<![\\w.])" + key + STRING).matcher(js);
    if (m.find()) {
      return m.group(1);
    }
    defaults.add(label);
    return fallback;
  }

  /** The text of the first {@code key: {...}} object (braces balanced), or {@code ""}. */
  private static String block(String js, String key) {
    Matcher m = Pattern.compile("(?<![\\w.])" + key + "\\s*:\\s*\\{").matcher(js);
    if (!m.find()) {
      return "";
    }
    int depth = 0;
    for (int i = m.end() - 1; i < js.length(); i++) {
      char c = js.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return js.substring(m.end(), i);
      }
    }
    return js.substring(m.end());
  }
}
