package io.dbkeep.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a secret token, as 64 lower-case hex digits: what is stored instead of the token.
 * Comparisons run in constant time.
 */
public record TokenHash(String hex) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public TokenHash {
    Objects.requireNonNull(hex, "hex");
    if (!HEX64.matcher(hex).matches()) {
      throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
    }
  }

  /** The hash of {@code token} (its UTF-8 bytes). */
  public static TokenHash of(String token) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return new TokenHash(
          HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** Whether this is the hash of {@code token}, compared in constant time. */
  public boolean matches(String token) {
    return MessageDigest.isEqual(
        hex.getBytes(StandardCharsets.US_ASCII), of(token).hex.getBytes(StandardCharsets.US_ASCII));
  }
}
