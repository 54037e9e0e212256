package io.dbkeep.application.fake;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadAccountPort;
import io.dbkeep.application.port.out.identity.LoadSessionPort;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.TokenHash;
import io.dbkeep.domain.identity.Verification;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The session, account and verification ports over an {@link InMemoryDatabase}. */
public final class InMemoryIdentityPersistence
    implements LoadSessionPort,
        SaveSessionPort,
        DeleteSessionPort,
        LoadAccountPort,
        SaveAccountPort,
        VerificationPort {

  private final InMemoryDatabase database;

  public InMemoryIdentityPersistence(InMemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Session> loadByTokenHash(TokenHash hash) {
    database.requireTransaction();
    return Option.ofOptional(
        database.sessions.values().stream().filter(s -> s.tokenHash().equals(hash)).findFirst());
  }

  @Override
  public List<Session> sessionsOf(UserId user) {
    database.requireTransaction();
    return database.sessions.values().stream()
        .filter(s -> s.userId().equals(user))
        .sorted(Comparator.comparing(Session::createdAt).reversed().thenComparing(Session::id))
        .toList();
  }

  @Override
  public void insert(Session session) {
    database.requireTransaction();
    if (!database.users.containsKey(session.userId())) {
      throw new IllegalArgumentException("unknown user " + session.userId());
    }
    if (database.sessions.containsKey(session.id())
        || loadByTokenHash(session.tokenHash()).isDefined()) {
      throw new IllegalArgumentException("session exists");
    }
    database.sessions.put(session.id(), session);
  }

  @Override
  public boolean update(Session session) {
    database.requireTransaction();
    if (!database.sessions.containsKey(session.id())) {
      return false;
    }
    database.sessions.put(session.id(), session);
    return true;
  }

  @Override
  public boolean delete(String sessionId) {
    database.requireTransaction();
    return database.sessions.remove(sessionId) != null;
  }

  @Override
  public int deleteAllOf(UserId user) {
    return removeSessions(s -> s.userId().equals(user));
  }

  @Override
  public int deleteAllOfExcept(UserId user, String keepSessionId) {
    return removeSessions(s -> s.userId().equals(user) && !s.id().equals(keepSessionId));
  }

  @Override
  public int deleteExpired(Instant now) {
    return removeSessions(s -> s.isExpiredAt(now));
  }

  @Override
  public int deleteExpiredOf(UserId user, Instant now) {
    return removeSessions(s -> s.userId().equals(user) && s.isExpiredAt(now));
  }

  private int removeSessions(java.util.function.Predicate<Session> which) {
    database.requireTransaction();
    var before = database.sessions.size();
    database.sessions.values().removeIf(which);
    return before - database.sessions.size();
  }

  @Override
  public Option<Account> load(String providerId, String accountId) {
    database.requireTransaction();
    return Option.ofOptional(
        database.accounts.values().stream()
            .filter(a -> a.providerId().equals(providerId) && a.accountId().equals(accountId))
            .findFirst());
  }

  @Override
  public List<Account> accountsOf(UserId user) {
    database.requireTransaction();
    return database.accounts.values().stream().filter(a -> a.userId().equals(user)).toList();
  }

  @Override
  public void insert(Account account) {
    database.requireTransaction();
    if (!database.users.containsKey(account.userId())) {
      throw new IllegalArgumentException("unknown user " + account.userId());
    }
    if (load(account.providerId(), account.accountId()).isDefined()) {
      throw new ConcurrentUpdateException("account exists", null);
    }
    database.accounts.put(account.id(), account);
  }

  @Override
  public void update(Account account) {
    database.requireTransaction();
    if (!database.accounts.containsKey(account.id())) {
      throw new ConcurrentUpdateException("account " + account.id() + " vanished", null);
    }
    database.accounts.put(account.id(), account);
  }

  @Override
  public void insert(Verification verification) {
    database.requireTransaction();
    database.verifications.put(verification.id(), verification);
  }

  @Override
  public Option<Verification> take(String identifier) {
    var found = peek(identifier);
    found.forEach(v -> database.verifications.remove(v.id()));
    return found;
  }

  @Override
  public Option<Verification> peek(String identifier) {
    database.requireTransaction();
    return Option.ofOptional(
        database.verifications.values().stream()
            .filter(v -> v.identifier().equals(identifier))
            .findFirst());
  }

  @Override
  public int deleteExpiredVerifications(Instant now) {
    database.requireTransaction();
    var before = database.verifications.size();
    database.verifications.values().removeIf(v -> v.isExpiredAt(now));
    return before - database.verifications.size();
  }
}
