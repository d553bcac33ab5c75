package dev.linkcheck.anchors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown attribute lists ({@code markdown/extensions/attr_list.py}): {@code { #id }},
 * {@code {: #id }}, {@code { id="x" }}, {@code { .class #id key=value }}. Stateless.
 */
final class AttrList {

  /** Any attribute list, with its inner text as group 1. */
  static final Pattern ANY = Pattern.compile("\\{:?[ ]*([^}\\n ][^}\\n]*?)[ ]*}");

  /** An attribute list ending a heading's text. */
  static final Pattern TRAILING =
      Pattern.compile("[ \\t]*\\{:?[ ]*([^}\\n ][^}\\n]*?)[ ]*}[ \\t]*$");

  /** {@code {#id ...}} ending a heading: the form every framework here knows. */
  static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([^\\s{}]+)[^{}]*}\\s*$");

  private static final Pattern TOKEN =
      Pattern.compile("([^ =]+)=\"(.*?)\"|([^ =]+)='(.*?)'|([^ =]+)=([^ =]+)|([^ =]+)");

  private AttrList() {}

  /**
   * The id an attribute list's inner text sets, null when none; {@code ""} when the text is not an
   * attribute list at all (a token that is none of {@code #id}, {@code .class}, {@code k=v}).
   */
  static String id(String inner) {
    String id = null;
    Matcher m = TOKEN.matcher(inner);
    while (m.find()) {
      if (m.group(1) != null || m.group(3) != null || m.group(5) != null) {
        String key = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
        String value =
            m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : m.group(6);
        if (key.equals("id")) {
          id = value;
        }
      } else {
        String word = m.group(7);
        if (word.startsWith("#") && word.length() > 1) {
          id = word.substring(1);
        } else if (!word.startsWith(".") && !word.equals("^")) {
          return "";
        }
      }
    }
    return id;
  }
}
