package dev.linkcheck.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template expressions written as link destinations ({@code {{ page.url }}}, {@code {{% x %}}},
 * {@code {% link a.md %}}): not links until the site is built, except those naming a page, Hugo's
 * {@code ref}/{@code relref} and Jekyll's {@code link} tag. Stateless.
 */
final class TemplateLinks {

  /** The page a template names: its path and fragment (nullable); {@code hugo} for ref/relref. */
  record Named(String page, String fragment, boolean hugo) {}

  private static final Pattern HUGO_REF =
      Pattern.compile(
          "^\\{\\{[<%]-?\\s*(?:rel)?ref\\s+(?:\\.\\s+)?\"([^\"]*)\"\\s*-?[>%]}}(#[^\\s]*)?$");
  private static final Pattern JEKYLL_LINK =
      Pattern.compile("^\\{%-?\\s*link\\s+([^\\s%]+)\\s*-?%}(#[^\\s]*)?$");

  private TemplateLinks() {}

  static boolean isTemplate(String url) {
    return url.contains("{{") || url.contains("{%");
  }

  /** The page {@code url} names, or null for any other template. */
  static Named named(String url) {
    Matcher m = HUGO_REF.matcher(url);
    boolean hugo = m.matches();
    if (!hugo) {
      m = JEKYLL_LINK.matcher(url);
      if (!m.matches()) {
        return null;
      }
    }
    String page = m.group(1);
    String fragment = m.group(2) == null ? null : m.group(2).substring(1);
    int hash = page.indexOf('#');
    if (hash >= 0) {
      fragment = page.substring(hash + 1);
      page = page.substring(0, hash);
    }
    return new Named(page, fragment == null || fragment.isEmpty() ? null : fragment, hugo);
  }
}
