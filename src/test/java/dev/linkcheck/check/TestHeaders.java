package dev.linkcheck.check;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response headers for classifier tests, built from name, value pairs. Stateless. */
final class TestHeaders {

  private TestHeaders() {}

  static HttpHeaders of(String... nameValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      map.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
    }
    return HttpHeaders.of(map, (a, b) -> true);
  }
}
