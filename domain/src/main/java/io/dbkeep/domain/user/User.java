package io.dbkeep.domain.user;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A person (or the built-in guest) who owns projects.
 *
 * <p>Immutable. Invariants: the email is normalised (see {@link Email}); a user who is not banned
 * carries neither a ban reason nor a ban expiry.
 */
public record User(
    UserId id,
    String name,
    Email email,
    boolean emailVerified,
    Option<String> image,
    Role role,
    boolean banned,
    Option<String> banReason,
    Option<Instant> banExpires,
    Instant createdAt,
    Instant updatedAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(banReason, "banReason");
    Objects.requireNonNull(banExpires, "banExpires");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (!banned && (banReason.isDefined() || banExpires.isDefined())) {
      throw new IllegalArgumentException("only a banned user has a ban reason or expiry");
    }
  }

  /** The built-in guest user that anonymous requests act as while guest mode is on. */
  public static User guest(Instant now) {
    return new User(
        UserId.GUEST,
        "Guest User",
        new Email("guest@local.dbkeep"),
        true,
        Option.none(),
        Role.USER,
        false,
        Option.none(),
        Option.none(),
        now,
        now);
  }
}
