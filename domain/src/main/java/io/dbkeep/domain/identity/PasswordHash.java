package io.dbkeep.domain.identity;

import java.util.Objects;

/**
 * A stored password hash in the text form its hasher wrote (an Argon2id PHC string, or the original
 * DBKeep's {@code <salt hex>:<key hex>} scrypt form). Opaque to the domain.
 */
public record PasswordHash(String value) {

  public PasswordHash {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a password hash must not be blank");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[****]";
  }
}
