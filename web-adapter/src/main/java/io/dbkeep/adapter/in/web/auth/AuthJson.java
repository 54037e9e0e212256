package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.request.Timestamps;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.user.User;
import java.time.Instant;

/** The JSON forms of users and sessions, field for field as Better Auth answers them. */
final class AuthJson {

  private AuthJson() {}

  /** A user (with the admin plugin's fields). */
  record UserJson(
      String id,
      String name,
      String email,
      boolean emailVerified,
      String image,
      String createdAt,
      String updatedAt,
      String role,
      boolean banned,
      String banReason,
      String banExpires) {

    static UserJson from(User user) {
      return new UserJson(
          user.id().value(),
          user.name(),
          user.email().value(),
          user.emailVerified(),
          user.image().getOrNull(),
          Timestamps.format(user.createdAt()),
          Timestamps.format(user.updatedAt()),
          user.role().wireName(),
          user.banned(),
          user.banReason().getOrNull(),
          user.banExpires().map(Timestamps::format).getOrNull());
    }
  }

  /**
   * A session. {@code token} is the token itself for the caller's current session, and the
   * session's id elsewhere (tokens are not stored; {@code revoke-session} accepts either).
   */
  record SessionJson(
      String id,
      String token,
      String userId,
      String expiresAt,
      String createdAt,
      String updatedAt,
      String ipAddress,
      String userAgent,
      String impersonatedBy) {

    static SessionJson from(Session session, String token) {
      return new SessionJson(
          session.id(),
          token,
          session.userId().value(),
          format(session.expiresAt()),
          format(session.createdAt()),
          format(session.updatedAt()),
          session.ipAddress().getOrNull(),
          session.userAgent().getOrNull(),
          null);
    }

    private static String format(Instant instant) {
      return Timestamps.format(instant);
    }
  }

  /** {@code get-session}. */
  record SessionAndUser(SessionJson session, UserJson user) {}

  /** {@code sign-up/email}: the token is null when no session started. */
  record TokenAndUser(String token, UserJson user) {}

  /** {@code sign-in/email}. */
  record SignedIn(
      boolean redirect,
      String token,
      @com.fasterxml.jackson.annotation.JsonInclude(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          String url,
      UserJson user) {}

  /** {@code sign-in/social}. */
  record Redirect(String url, boolean redirect) {}

  /** The many {@code {"status":true}} answers. */
  record Status(boolean status) {}

  /** {@code request-password-reset}. */
  record StatusMessage(boolean status, String message) {}

  /** {@code verify-email} without a callback URL. */
  record Verified(boolean status, UserJson user) {}

  /** {@code sign-out} and some admin answers. */
  record Success(boolean success) {}

  /** Admin answers that carry one user. */
  record OneUser(UserJson user) {}

  /** {@code admin/list-users}. */
  record UserList(java.util.List<UserJson> users, long total, int limit, int offset) {}

  /** {@code admin/list-user-sessions}. */
  record SessionList(java.util.List<SessionJson> sessions) {}

  /** {@code change-password}. */
  record Changed(String token, UserJson user) {}
}
