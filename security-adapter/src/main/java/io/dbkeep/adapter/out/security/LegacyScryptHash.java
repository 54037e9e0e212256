package io.dbkeep.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * A password hash as the original DBKeep (Better Auth) stores it: {@code <salt hex>:<key hex>},
 * where the key is scrypt(N=16384, r=16, p=1, 64 bytes) of the NFKC-normalised password, salted
 * with the salt's hex <em>text</em>. Only verified, never written.
 */
final class LegacyScryptHash {

  private static final Pattern FORMAT = Pattern.compile("([0-9a-fA-F]{2,256}):([0-9a-fA-F]{128})");
  private static final int N = 16_384;
  private static final int R = 16;
  private static final int P = 1;
  private static final int KEY_BYTES = 64;

  private final String saltText;
  private final byte[] key;

  private LegacyScryptHash(String saltText, byte[] key) {
    this.saltText = saltText;
    this.key = key;
  }

  static Optional<LegacyScryptHash> parse(String stored) {
    var matcher = FORMAT.matcher(stored);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new LegacyScryptHash(matcher.group(1), HexFormat.of().parseHex(matcher.group(2))));
  }

  /** Whether the (already NFKC-normalised) password derives this key; constant-time compare. */
  boolean matches(String normalisedPassword) {
    return MessageDigest.isEqual(derive(normalisedPassword, saltText), key);
  }

  /** The original's hash of {@code normalisedPassword} with {@code saltText}: for tests. */
  static String format(String normalisedPassword, String saltText) {
    return saltText + ":" + HexFormat.of().formatHex(derive(normalisedPassword, saltText));
  }

  private static byte[] derive(String password, String saltText) {
    return SCrypt.generate(
        password.getBytes(StandardCharsets.UTF_8),
        saltText.getBytes(StandardCharsets.UTF_8),
        N,
        R,
        P,
        KEY_BYTES);
  }
}
