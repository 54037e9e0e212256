package io.dbkeep.domain.identity;

import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The rules an instance runs identity with.
 *
 * @param registrationEnabled whether new accounts may be created (by password or by a first social
 *     sign-in)
 * @param requireEmailVerification whether a password sign-in needs a verified email
 * @param adminEmails accounts with these emails are administrators once the email is verified (an
 *     address anyone can type into a sign-up form proves nothing until its owner follows the mailed
 *     link, or a provider asserts it)
 * @param sessions how long sessions live
 */
public record IdentityPolicy(
    boolean registrationEnabled,
    boolean requireEmailVerification,
    Set<Email> adminEmails,
    SessionPolicy sessions) {

  public IdentityPolicy {
    adminEmails = Set.copyOf(adminEmails);
    Objects.requireNonNull(sessions, "sessions");
  }

  public static IdentityPolicy defaults() {
    return new IdentityPolicy(true, false, Set.of(), SessionPolicy.DEFAULT);
  }

  public boolean isAdminEmail(Email email) {
    return adminEmails.contains(email);
  }

  /**
   * Whether this policy makes {@code user} an administrator: its email is listed and verified. An
   * unverified listed address confers nothing.
   */
  public boolean confersAdmin(User user) {
    return user.emailVerified() && isAdminEmail(user.email()) && !user.isAdmin();
  }

  /** {@code user}, promoted to administrator when {@link #confersAdmin} says so. */
  public User withConferredRole(User user, Instant now) {
    return confersAdmin(user) ? user.withRole(Role.ADMIN, now) : user;
  }
}
