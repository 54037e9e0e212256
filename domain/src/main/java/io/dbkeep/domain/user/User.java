package io.dbkeep.domain.user;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A person (or the built-in guest) who owns projects.
 *
 * <p>Immutable: every change returns a new value with {@code updatedAt} set to the change's time.
 * Invariants: the email is normalised (see {@link Email}); the name is not blank and at most {@link
 * #MAX_NAME_LENGTH} characters; a user who is not banned carries neither a ban reason nor a ban
 * expiry. A ban whose expiry has passed no longer counts ({@link #isBannedAt}); {@link
 * #liftExpiredBan} clears it.
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

  /** Longest display name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  /** Longest image URL accepted. */
  public static final int MAX_IMAGE_LENGTH = 2048;

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

  /** A newly registered user with role {@code user}, not banned. */
  public static User register(
      UserId id,
      String name,
      Email email,
      boolean emailVerified,
      Option<String> image,
      Instant now) {
    return new User(
        id,
        name,
        email,
        emailVerified,
        image,
        Role.USER,
        false,
        Option.none(),
        Option.none(),
        now,
        now);
  }

  /** Whether {@code name} is acceptable as a display name (trimmed, 1–200 characters). */
  public static boolean isValidName(String name) {
    return name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH;
  }

  /** Whether the user is banned at {@code now}: banned, and the ban has not expired. */
  public boolean isBannedAt(Instant now) {
    return banned && banExpires.forAll(expiry -> expiry.isAfter(now));
  }

  /** The user without an expired ban (the same user when there is none to lift). */
  public User liftExpiredBan(Instant now) {
    return banned && !isBannedAt(now) ? unban(now) : this;
  }

  public User rename(String newName, Instant now) {
    return new User(
        id,
        newName,
        email,
        emailVerified,
        image,
        role,
        banned,
        banReason,
        banExpires,
        createdAt,
        now);
  }

  public User withImage(Option<String> newImage, Instant now) {
    return new User(
        id,
        name,
        email,
        emailVerified,
        newImage,
        role,
        banned,
        banReason,
        banExpires,
        createdAt,
        now);
  }

  public User verifyEmail(Instant now) {
    return new User(
        id, name, email, true, image, role, banned, banReason, banExpires, createdAt, now);
  }

  public User withRole(Role newRole, Instant now) {
    return new User(
        id,
        name,
        email,
        emailVerified,
        image,
        newRole,
        banned,
        banReason,
        banExpires,
        createdAt,
        now);
  }

  /** Banned with {@code reason} until {@code expires} (forever when none). */
  public User ban(String reason, Option<Instant> expires, Instant now) {
    return new User(
        id,
        name,
        email,
        emailVerified,
        image,
        role,
        true,
        Option.of(reason),
        expires,
        createdAt,
        now);
  }

  public User unban(Instant now) {
    return new User(
        id,
        name,
        email,
        emailVerified,
        image,
        role,
        false,
        Option.none(),
        Option.none(),
        createdAt,
        now);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
