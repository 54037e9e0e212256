package io.dbkeep.adapter.in.web.auth;

import io.vavr.control.Option;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides where the server may send a browser (a {@code Location}, a returned {@code url}, a
 * callback stored for later): a path on this site, or a URL on a trusted origin — nothing else, in
 * any spelling. The text is judged the way a browser's URL parser reads it: leading and trailing C0
 * controls and spaces trimmed, tabs and newlines dropped anywhere, backslashes read as slashes. It
 * must then be a path starting with one {@code /} (not {@code //}, which names another host), and
 * stay so after percent-decoding (a client may decode once more), or an http(s) URL without user
 * info whose origin is trusted. The accepted target is returned in that normalised form, so what
 * the server hands on is exactly what it judged.
 */
final class RedirectTargets {

  /** The longest target accepted. */
  static final int MAX_LENGTH = 2_048;

  private static final int MAX_DECODING_ROUNDS = 4;

  private final Set<String> trustedOrigins;

  RedirectTargets(Set<String> trustedOrigins) {
    this.trustedOrigins = Set.copyOf(trustedOrigins);
  }

  /** The target in the form a browser would use when it is allowed; none when it is not. */
  Option<String> normalise(String raw) {
    if (raw == null || raw.length() > MAX_LENGTH) {
      return Option.none();
    }
    var target = asBrowserReadsIt(raw);
    if (target == null || target.isEmpty()) {
      return Option.none();
    }
    if (target.startsWith("/")) {
      return isSamePath(target) ? Option.of(target) : Option.none();
    }
    return isTrustedUrl(target) ? Option.of(target) : Option.none();
  }

  /**
   * Trims spaces at both ends, drops tab, LF and CR anywhere, reads {@code \} as {@code /}; null
   * when another control character is left (no browser-independent reading).
   */
  private static String asBrowserReadsIt(String text) {
    var start = 0;
    var end = text.length();
    while (start < end && isTrimmed(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(text.charAt(end - 1))) {
      end--;
    }
    var out = new StringBuilder(end - start);
    for (var i = start; i < end; i++) {
      var c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c < 0x20 || c == 0x7f) {
        return null;
      }
      out.append(c == '\\' ? '/' : c);
    }
    return out.toString();
  }

  /** Space, tab and newlines at the ends; other controls are refused, wherever they are. */
  private static boolean isTrimmed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** One leading slash, a valid URI path (no scheme, no authority), in every decoded spelling. */
  private static boolean isSamePath(String target) {
    var current = target;
    for (var round = 0; round < MAX_DECODING_ROUNDS; round++) {
      if (!current.startsWith("/") || current.startsWith("//")) {
        return false;
      }
      if (round == 0 && !parsesAsPath(current)) {
        return false;
      }
      var decoded = percentDecode(current);
      if (decoded == null) {
        return false;
      }
      decoded = asBrowserReadsIt(decoded);
      if (decoded == null) {
        return false;
      }
      if (decoded.equals(current)) {
        return true;
      }
      current = decoded;
    }
    // still changing after several rounds of decoding: nobody needs that
    return false;
  }

  private static boolean parsesAsPath(String target) {
    try {
      var uri = new URI(target);
      return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private boolean isTrustedUrl(String target) {
    try {
      var uri = new URI(target);
      var scheme = uri.getScheme();
      if (scheme == null
          || uri.isOpaque()
          || uri.getHost() == null
          || uri.getRawUserInfo() != null) {
        return false;
      }
      var lower = scheme.toLowerCase(Locale.ROOT);
      if (!lower.equals("https") && !lower.equals("http")) {
        return false;
      }
      // "https:/x" and "https:x" are relative-looking spellings a browser resolves differently
      if (!target.substring(scheme.length()).startsWith("://")) {
        return false;
      }
      return trustedOrigins.contains(AuthSettings.originOf(uri));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Percent-decodes bytes as UTF-8; null when an escape is broken. */
  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    var bytes = new java.io.ByteArrayOutputStream(text.length());
    for (var i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
        var pair = text.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes.write(pair, 0, pair.length);
        i++;
      } else if (c == '%') {
        if (i + 2 >= text.length()) {
          return null;
        }
        var high = Character.digit(text.charAt(i + 1), 16);
        var low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        var encoded = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
