package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery;
import io.dbkeep.application.port.in.identity.ManageSessionsUseCase;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadSessionPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.TokenHash;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;

public final class SessionService implements AuthenticateSessionQuery, ManageSessionsUseCase {

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final LoadSessionPort loadSession;
  private final SaveSessionPort saveSession;
  private final DeleteSessionPort deleteSession;
  private final VerificationPort verifications;

  public SessionService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      LoadSessionPort loadSession,
      SaveSessionPort saveSession,
      DeleteSessionPort deleteSession,
      VerificationPort verifications,
      IdentityPolicy policy,
      TokenGenerator tokens,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.loadSession = loadSession;
    this.saveSession = saveSession;
    this.deleteSession = deleteSession;
    this.verifications = verifications;
  }

  @Override
  public Either<IdentityError, Option<ActiveSession>> authenticate(SecretToken token) {
    var hash = token.hash();
    return unitOfWork.inTransaction(
        () -> {
          var now = context.now();
          var found = loadSession.loadByTokenHash(hash);
          if (found.isEmpty() || !found.get().tokenHash().matches(token.value())) {
            return Either.right(Option.none());
          }
          var session = found.get();
          if (session.isExpiredAt(now)) {
            deleteSession.delete(session.id());
            return Either.right(Option.none());
          }
          var stored = loadUser.load(session.userId());
          if (stored.isEmpty()) {
            return Either.right(Option.none());
          }
          var user = context.withExpiredBanLifted(saveUser, stored.get());
          if (user.isBannedAt(now)) {
            // Rolls back; banning already revoked the sessions, so this one predates no ban.
            return Either.left(IdentityError.of(Code.BANNED_USER));
          }
          var policy = context.policy.sessions();
          if (session.isDueForRenewalAt(now, policy)) {
            var renewed = session.renewedAt(now, policy);
            if (!saveSession.update(renewed)) {
              return Either.right(Option.none());
            }
            return Either.right(Option.of(new ActiveSession(renewed, user, true)));
          }
          return Either.right(Option.of(new ActiveSession(session, user, false)));
        });
  }

  @Override
  public void signOut(SecretToken token) {
    unitOfWork.inTransaction(
        () -> {
          loadSession
              .loadByTokenHash(token.hash())
              .forEach(session -> deleteSession.delete(session.id()));
          return Either.right(true);
        });
  }

  @Override
  public List<Session> listSessions(UserId user) {
    return unitOfWork
        .<RuntimeException, List<Session>>inTransaction(
            () -> {
              var now = context.now();
              return Either.right(
                  loadSession.sessionsOf(user).stream()
                      .filter(session -> !session.isExpiredAt(now))
                      .toList());
            })
        .get();
  }

  @Override
  public Either<IdentityError, Void> revokeSession(UserId user, String tokenOrId) {
    return unitOfWork.inTransaction(
        () -> {
          var byToken =
              tokenOrId.isEmpty()
                  ? Option.<Session>none()
                  : loadSession.loadByTokenHash(TokenHash.of(tokenOrId));
          var target =
              byToken.orElse(
                  () ->
                      Option.ofOptional(
                          loadSession.sessionsOf(user).stream()
                              .filter(session -> session.id().equals(tokenOrId))
                              .findFirst()));
          if (target.isEmpty() || !target.get().userId().equals(user)) {
            return Either.left(IdentityError.of(Code.SESSION_NOT_FOUND));
          }
          deleteSession.delete(target.get().id());
          return Either.right(null);
        });
  }

  @Override
  public void revokeOtherSessions(UserId user, String keepSessionId) {
    unitOfWork.inTransaction(
        () -> Either.right(deleteSession.deleteAllOfExcept(user, keepSessionId)));
  }

  @Override
  public void revokeAllSessions(UserId user) {
    unitOfWork.inTransaction(() -> Either.right(deleteSession.deleteAllOf(user)));
  }

  @Override
  public int purgeExpired() {
    return unitOfWork
        .<RuntimeException, Integer>inTransaction(
            () -> {
              var now = context.now();
              return Either.right(
                  deleteSession.deleteExpired(now) + verifications.deleteExpiredVerifications(now));
            })
        .get();
  }
}
