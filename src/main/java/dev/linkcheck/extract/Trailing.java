package dev.linkcheck.extract;

/** Trims what GFM's extended autolinks leave off the end of a bare URL. Stateless. */
final class Trailing {

  private Trailing() {}

  static String trim(String url) {
    String u = url;
    boolean changed = true;
    while (changed && !u.isEmpty()) {
      changed = false;
      char last = u.charAt(u.length() - 1);
      if ("?!.,:*_~'\"".indexOf(last) >= 0) {
        u = u.substring(0, u.length() - 1);
        changed = true;
      } else if (last == ')' && count(u, ')') > count(u, '(')) {
        u = u.substring(0, u.length() - 1);
        changed = true;
      } else if (last == ';') {
        int amp = u.lastIndexOf('&');
        if (amp >= 0 && u.substring(amp + 1, u.length() - 1).matches("[A-Za-z0-9]+")) {
          u = u.substring(0, amp);
          changed = true;
        }
      }
    }
    return u;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
