package io.dbkeep.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2id hash in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, salt and
 * hash in Base64 without padding), computed with Bouncy Castle. Each computation allocates its
 * memory (19 MiB with the recommended parameters) and lets it go: password4j kept that memory of
 * every parameter set it had used alive for the life of the process, an eighth of the server's
 * bounded heap.
 *
 * @param memoryKib memory in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
record Argon2idHash(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

  /** The largest memory a stored hash may ask for (1 GiB); more is refused as malformed. */
  static final int MAX_MEMORY_KIB = 1 << 20;

  private static final Pattern FORMAT =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})"
              + "\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{11,})");

  /** Hashes {@code password} (UTF-8) with {@code salt} into an output of {@code length} bytes. */
  static Argon2idHash compute(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    var parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    var generator = new Argon2BytesGenerator();
    generator.init(parameters);
    var output = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), output);
    return new Argon2idHash(memoryKib, iterations, parallelism, salt.clone(), output);
  }

  /** Reads a PHC string; empty when it is not an Argon2id (v=19) hash this class can check. */
  static Optional<Argon2idHash> parse(String phc) {
    var match = FORMAT.matcher(phc);
    if (!match.matches()) {
      return Optional.empty();
    }
    try {
      var memory = Integer.parseInt(match.group(1));
      var iterations = Integer.parseInt(match.group(2));
      var parallelism = Integer.parseInt(match.group(3));
      if (parallelism < 1
          || iterations < 1
          || memory < 8 * parallelism
          || memory > MAX_MEMORY_KIB) {
        return Optional.empty();
      }
      var decoder = Base64.getDecoder();
      var salt = decoder.decode(match.group(4));
      var hash = decoder.decode(match.group(5));
      if (salt.length < 8 || hash.length < 4) {
        return Optional.empty();
      }
      return Optional.of(new Argon2idHash(memory, iterations, parallelism, salt, hash));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** Whether {@code password} hashes to this hash with its own parameters (constant time). */
  boolean matches(String password) {
    var computed = compute(password, salt, memoryKib, iterations, parallelism, hash.length);
    return MessageDigest.isEqual(computed.hash, hash);
  }

  /** The PHC string. */
  String phc() {
    var encoder = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p="
        + parallelism
        + "$"
        + encoder.encodeToString(salt)
        + "$"
        + encoder.encodeToString(hash);
  }
}
