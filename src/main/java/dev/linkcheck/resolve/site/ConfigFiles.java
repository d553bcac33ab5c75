package dev.linkcheck.resolve.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the literal values of a site's config file (TOML, YAML, JSON) into maps, lists and scalars,
 * without running anything: a YAML tag no safe loader knows ({@code !!python/name:x}, {@code !ENV})
 * is read as its text. Stateless.
 */
final class ConfigFiles {

  private ConfigFiles() {}

  /** The config's top-level table; empty when it cannot be read or parsed. */
  static Map<String, Object> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".toml") ? toml(text) : yaml(text);
  }

  static Map<String, Object> toml(String text) {
    TomlParseResult result = Toml.parse(text);
    return result.hasErrors() ? Map.of() : plain(result);
  }

  /** A TOML table as nested maps and lists. */
  private static Map<String, Object> plain(org.tomlj.TomlTable table) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      Object value = table.get(List.of(key));
      map.put(key, value instanceof org.tomlj.TomlTable t ? plain(t) : plainValue(value));
    }
    return map;
  }

  private static Object plainValue(Object value) {
    if (value instanceof org.tomlj.TomlArray array) {
      List<Object> list = new java.util.ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        Object item = array.get(i);
        list.add(item instanceof org.tomlj.TomlTable t ? plain(t) : plainValue(item));
      }
      return list;
    }
    return value;
  }

  /** YAML (and JSON, which YAML reads) as a map; empty when it is not a mapping. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String text) {
    try {
      LoaderOptions options = new LoaderOptions();
      // Every tag is read as plain data (see Lenient), so none can run anything.
      options.setTagInspector(tag -> true);
      Object value = new Yaml(new Lenient(options)).load(text);
      return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  /** The value at a dotted key ({@code a.b}), case-insensitive as Hugo's keys are; or null. */
  static Object get(Map<String, Object> map, String dotted) {
    Object value = map;
    for (String key : dotted.split("\\.")) {
      if (!(value instanceof Map<?, ?> m)) {
        return null;
      }
      Object next = null;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (String.valueOf(e.getKey()).equalsIgnoreCase(key)) {
          next = e.getValue();
          break;
        }
      }
      value = next;
    }
    return value;
  }

  /** The string at {@code dotted}, or {@code fallback} when absent or not a scalar. */
  static String string(Map<String, Object> map, String dotted, String fallback) {
    Object v = get(map, dotted);
    return v == null || v instanceof Map || v instanceof List ? fallback : String.valueOf(v);
  }

  /** The boolean at {@code dotted}, or {@code fallback}. */
  static boolean bool(Map<String, Object> map, String dotted, boolean fallback) {
    Object v = get(map, dotted);
    return v instanceof Boolean b ? b : v == null ? fallback : Boolean.parseBoolean(v.toString());
  }

  /** A safe constructor that reads an unknown tag's node as plain data, its text for a scalar. */
  private static final class Lenient extends SafeConstructor {
    Lenient(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(null, new Untagged());
      this.yamlMultiConstructors.clear();
    }

    private final class Untagged extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        return switch (node) {
          case ScalarNode s -> {
            String value = s.getValue();
            String tag = s.getTag().getValue();
            // !!python/name:pymdownx.slugs.uslugify names its value in the tag itself.
            yield value.isEmpty() && tag.contains(":")
                ? tag.substring(tag.lastIndexOf(':') + 1)
                : value;
          }
          case SequenceNode q -> constructSequence(q);
          case MappingNode m -> {
            Map<Object, Object> map = new LinkedHashMap<>();
            constructMapping2ndStep(m, map);
            yield map;
          }
          default -> null;
        };
      }
    }
  }
}
