package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;
import io.dbkeep.domain.identity.TokenHash;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A fast stand-in hasher for service tests: {@code fake:<salt>:<sha256(salt:password)>}, salted
 * like the real one so that a test relying on equal hashes fails here too. Hashes written as {@code
 * legacy:<sha256>} also verify, and ask for a rehash, like the original's scrypt ones.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private final SecureRandom random = new SecureRandom();

  @Override
  public PasswordHash hash(Password password) {
    var salt = new byte[8];
    random.nextBytes(salt);
    var saltHex = HexFormat.of().formatHex(salt);
    return new PasswordHash("fake:" + saltHex + ":" + digest(saltHex, password.reveal()));
  }

  /** A hash in the "old" format, which verifies and needs a rehash. */
  public static PasswordHash legacy(String password) {
    return new PasswordHash("legacy:" + TokenHash.of(password).hex());
  }

  @Override
  public Check verify(Password password, PasswordHash hash) {
    var stored = hash.value();
    if (stored.startsWith("fake:")) {
      var parts = stored.split(":", -1);
      var matches = parts.length == 3 && parts[2].equals(digest(parts[1], password.reveal()));
      return new Check(matches, false);
    }
    if (stored.startsWith("legacy:")) {
      var matches = stored.equals("legacy:" + TokenHash.of(password.reveal()).hex());
      return new Check(matches, matches);
    }
    return new Check(false, false);
  }

  private static String digest(String saltHex, String password) {
    return TokenHash.of(saltHex + ":" + password).hex();
  }
}
