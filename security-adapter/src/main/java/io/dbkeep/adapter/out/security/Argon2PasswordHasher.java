package io.dbkeep.adapter.out.security;

import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;
import java.security.SecureRandom;
import java.text.Normalizer;

/**
 * Hashes with Argon2id ({@link Argon2idHash}, Bouncy Castle) into PHC strings that carry their
 * parameters ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}); verifies those and the original
 * DBKeep's scrypt hashes ({@link LegacyScryptHash}). A legacy hash, or an Argon2id hash with other
 * parameters, asks for a rehash on success. Passwords are NFKC-normalised first, as the original
 * did.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

  /** OWASP's recommended Argon2id parameters: 19 MiB, 2 iterations, 1 lane, 32-byte output. */
  public static final Parameters RECOMMENDED = new Parameters(19_456, 2, 1);

  private static final int SALT_BYTES = 16;
  private static final int OUTPUT_BYTES = 32;

  private final Parameters parameters;
  private final SecureRandom random = new SecureRandom();

  /**
   * Argon2id parameters.
   *
   * @param memoryKib memory in KiB
   * @param iterations passes over the memory
   * @param parallelism lanes
   */
  public record Parameters(int memoryKib, int iterations, int parallelism) {}

  public Argon2PasswordHasher(Parameters parameters) {
    this.parameters = parameters;
  }

  public Argon2PasswordHasher() {
    this(RECOMMENDED);
  }

  @Override
  public PasswordHash hash(Password password) {
    var salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(
        Argon2idHash.compute(
                normalised(password),
                salt,
                parameters.memoryKib(),
                parameters.iterations(),
                parameters.parallelism(),
                OUTPUT_BYTES)
            .phc());
  }

  @Override
  public Check verify(Password password, PasswordHash hash) {
    var stored = hash.value();
    if (stored.startsWith("$argon2")) {
      var recorded = Argon2idHash.parse(stored);
      if (recorded.isEmpty()) {
        return new Check(false, false);
      }
      var matches = recorded.get().matches(normalised(password));
      var current =
          recorded.get().memoryKib() == parameters.memoryKib()
              && recorded.get().iterations() == parameters.iterations()
              && recorded.get().parallelism() == parameters.parallelism()
              && recorded.get().hash().length == OUTPUT_BYTES;
      return new Check(matches, matches && !current);
    }
    var legacy = LegacyScryptHash.parse(stored);
    if (legacy.isPresent()) {
      var matches = legacy.get().matches(normalised(password));
      return new Check(matches, matches);
    }
    return new Check(false, false);
  }

  private static String normalised(Password password) {
    return Normalizer.normalize(password.reveal(), Normalizer.Form.NFKC);
  }
}
