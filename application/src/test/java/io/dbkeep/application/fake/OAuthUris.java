package io.dbkeep.application.fake;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** What OAuth tests read from and compute for authorization URIs. */
public final class OAuthUris {

  private OAuthUris() {}

  /** The query parameters of {@code uri}, decoded. */
  public static Map<String, String> query(URI uri) {
    var values = new HashMap<String, String>();
    for (var pair : uri.getRawQuery().split("&")) {
      var parts = pair.split("=", 2);
      values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return values;
  }

  /** The PKCE S256 challenge of {@code verifier} (RFC 7636). */
  public static String s256(String verifier) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
