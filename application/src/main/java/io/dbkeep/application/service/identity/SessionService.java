package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery;
import io.dbkeep.application.port.in.identity.ManageSessionsUseCase;
import io.dbkeep.application.port.out.identity.IdentityStore;
import io.dbkeep.application.port.out.identity.TokenGenerator;
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

  public SessionService(
      IdentityStore store, IdentityPolicy policy, TokenGenerator tokens, Clock clock) {
    this.context = new IdentityContext(store, policy, tokens, clock);
  }

  @Override
  public Either<IdentityError, Option<ActiveSession>> authenticate(SecretToken token) {
    var store = context.store;
    var hash = token.hash();
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var now = context.now();
              var found = store.loadSession().loadByTokenHash(hash);
              if (found.isEmpty() || !found.get().tokenHash().matches(token.value())) {
                return Either.right(Option.none());
              }
              var session = found.get();
              if (session.isExpiredAt(now)) {
                store.deleteSession().delete(session.id());
                return Either.right(Option.none());
              }
              var stored = store.loadUser().load(session.userId());
              if (stored.isEmpty()) {
                return Either.right(Option.none());
              }
              var user = context.withExpiredBanLifted(stored.get());
              if (user.isBannedAt(now)) {
                // Rolls back; banning already revoked the sessions, so this one predates no ban.
                return Either.left(IdentityError.of(Code.BANNED_USER));
              }
              var policy = context.policy.sessions();
              if (session.isDueForRenewalAt(now, policy)) {
                var renewed = session.renewedAt(now, policy);
                if (!store.saveSession().update(renewed)) {
                  return Either.right(Option.none());
                }
                return Either.right(Option.of(new ActiveSession(renewed, user, true)));
              }
              return Either.right(Option.of(new ActiveSession(session, user, false)));
            });
  }

  @Override
  public void signOut(SecretToken token) {
    var store = context.store;
    store
        .unitOfWork()
        .inTransaction(
            () -> {
              store
                  .loadSession()
                  .loadByTokenHash(token.hash())
                  .forEach(session -> store.deleteSession().delete(session.id()));
              return Either.right(true);
            });
  }

  @Override
  public List<Session> listSessions(UserId user) {
    var store = context.store;
    return store
        .unitOfWork()
        .<RuntimeException, List<Session>>inTransaction(
            () -> {
              var now = context.now();
              return Either.right(
                  store.loadSession().sessionsOf(user).stream()
                      .filter(session -> !session.isExpiredAt(now))
                      .toList());
            })
        .get();
  }

  @Override
  public Either<IdentityError, Void> revokeSession(UserId user, String tokenOrId) {
    var store = context.store;
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var byToken =
                  tokenOrId.isEmpty()
                      ? Option.<Session>none()
                      : store.loadSession().loadByTokenHash(TokenHash.of(tokenOrId));
              var target =
                  byToken.orElse(
                      () ->
                          Option.ofOptional(
                              store.loadSession().sessionsOf(user).stream()
                                  .filter(session -> session.id().equals(tokenOrId))
                                  .findFirst()));
              if (target.isEmpty() || !target.get().userId().equals(user)) {
                return Either.left(IdentityError.of(Code.SESSION_NOT_FOUND));
              }
              store.deleteSession().delete(target.get().id());
              return Either.right(null);
            });
  }

  @Override
  public void revokeOtherSessions(UserId user, String keepSessionId) {
    var store = context.store;
    store
        .unitOfWork()
        .inTransaction(
            () -> Either.right(store.deleteSession().deleteAllOfExcept(user, keepSessionId)));
  }

  @Override
  public void revokeAllSessions(UserId user) {
    var store = context.store;
    store.unitOfWork().inTransaction(() -> Either.right(store.deleteSession().deleteAllOf(user)));
  }

  @Override
  public int purgeExpired() {
    var store = context.store;
    return store
        .unitOfWork()
        .<RuntimeException, Integer>inTransaction(
            () -> {
              var now = context.now();
              return Either.right(
                  store.deleteSession().deleteExpired(now)
                      + store.verifications().deleteExpiredVerifications(now));
            })
        .get();
  }
}
