package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.SignUpUseCase.StartedSession;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.Verification;
import io.dbkeep.domain.identity.VerificationPurpose;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the identity services share: the policy, time and randomness, and the steps several of them
 * take. It holds no port: a step that stores something is handed the narrow port it writes to by
 * the service, whose constructor names every port it uses.
 */
final class IdentityContext {

  final IdentityPolicy policy;
  final TokenGenerator tokens;
  final Clock clock;

  IdentityContext(IdentityPolicy policy, TokenGenerator tokens, Clock clock) {
    this.policy = policy;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The current instant at the precision stores keep (microseconds). */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Starts a session for {@code user} (and clears the user's expired ones). In a transaction. */
  StartedSession startSession(
      SaveSessionPort saveSession,
      DeleteSessionPort deleteSession,
      UserId user,
      boolean rememberMe,
      ClientInfo client) {
    var now = now();
    deleteSession.deleteExpiredOf(user, now);
    var token = tokens.newToken();
    var session =
        Session.start(
            tokens.newId(),
            token.hash(),
            user,
            rememberMe,
            policy.sessions(),
            now,
            client.ipAddress(),
            client.userAgent());
    saveSession.insert(session);
    return new StartedSession(session, token);
  }

  /**
   * A new user; an administrator only when the policy lists the email and it is already verified
   * (e.g. asserted by an OAuth provider). Not stored yet.
   */
  User newUser(String name, Email email, boolean emailVerified, Option<String> image) {
    var user = User.register(new UserId(tokens.newId()), name, email, emailVerified, image, now());
    return policy.withConferredRole(user, user.createdAt());
  }

  /** Stores a new single-use token for {@code purpose} about {@code value}. In a transaction. */
  SecretToken issueToken(
      VerificationPort verifications, VerificationPurpose purpose, String value) {
    var now = now();
    var token = tokens.newToken();
    verifications.insert(
        new Verification(
            tokens.newId(),
            Verification.identifier(purpose, token),
            value,
            now.plus(purpose.validFor()),
            now,
            now));
    return token;
  }

  /** Uses up a token: its value when it was live. In a transaction. */
  Option<String> takeToken(
      VerificationPort verifications, VerificationPurpose purpose, SecretToken token) {
    var now = now();
    return verifications
        .take(Verification.identifier(purpose, token))
        .filter(verification -> !verification.isExpiredAt(now))
        .map(Verification::value);
  }

  /** The user with an expired ban lifted (stored when it changed). In a transaction. */
  User withExpiredBanLifted(SaveUserPort saveUser, User user) {
    var lifted = user.liftExpiredBan(now());
    if (lifted != user) {
      saveUser.update(lifted);
    }
    return lifted;
  }
}
