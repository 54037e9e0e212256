package io.dbkeep.domain.identity;

import io.dbkeep.domain.user.Email;
import java.util.Objects;
import java.util.Set;

/**
 * The rules an instance runs identity with.
 *
 * @param registrationEnabled whether new accounts may be created (by password or by a first social
 *     sign-in)
 * @param requireEmailVerification whether a password sign-in needs a verified email
 * @param adminEmails accounts with these emails are administrators
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
}
