package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;
import io.dbkeep.domain.identity.TokenHash;

/**
 * A fast stand-in hasher for service tests: {@code fake:<sha256(password)>}. Hashes written as
 * {@code legacy:<sha256>} also verify, and ask for a rehash, like the original's scrypt ones.
 */
public final class FakePasswordHasher implements PasswordHasher {

  @Override
  public PasswordHash hash(Password password) {
    return new PasswordHash("fake:" + TokenHash.of(password.reveal()).hex());
  }

  /** A hash in the "old" format, which verifies and needs a rehash. */
  public static PasswordHash legacy(String password) {
    return new PasswordHash("legacy:" + TokenHash.of(password).hex());
  }

  @Override
  public Check verify(Password password, PasswordHash hash) {
    var digest = TokenHash.of(password.reveal()).hex();
    if (hash.value().startsWith("fake:")) {
      return new Check(hash.value().equals("fake:" + digest), false);
    }
    if (hash.value().startsWith("legacy:")) {
      var matches = hash.value().equals("legacy:" + digest);
      return new Check(matches, matches);
    }
    return new Check(false, false);
  }
}
