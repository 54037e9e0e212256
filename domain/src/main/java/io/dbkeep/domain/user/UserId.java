package io.dbkeep.domain.user;

import java.util.Objects;

/** The id of a user: an opaque, non-blank text (the seed's {@code user.id}). */
public record UserId(String value) {

  /** The user every anonymous request acts as while guest mode is on. */
  public static final UserId GUEST = new UserId("guest-user");

  public UserId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a user id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
