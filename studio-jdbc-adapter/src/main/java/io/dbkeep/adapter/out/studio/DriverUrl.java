package io.dbkeep.adapter.out.studio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;

/**
 * JDBC URLs with some parameters taken out, so that the driver properties the Studio forces (no
 * LOCAL INFILE, no multi-statement texts, a read-only file…) cannot be overridden by the URL: every
 * driver here lets a URL parameter win over a property of the same name.
 */
final class DriverUrl {

  private DriverUrl() {}

  /**
   * {@code url} without the query parameters named in {@code names} (ignoring case, and after
   * %-decoding the name).
   */
  static String without(String url, Collection<String> names) {
    var question = url.indexOf('?');
    if (question < 0) {
      return url;
    }
    var lowered = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    var kept = new ArrayList<String>();
    for (var parameter : url.substring(question + 1).split("&", -1)) {
      if (parameter.isEmpty()) {
        continue;
      }
      var equals = parameter.indexOf('=');
      var name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
      if (!lowered.contains(name.strip().toLowerCase(Locale.ROOT))) {
        kept.add(parameter);
      }
    }
    var base = url.substring(0, question);
    return kept.isEmpty() ? base : base + "?" + String.join("&", kept);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
