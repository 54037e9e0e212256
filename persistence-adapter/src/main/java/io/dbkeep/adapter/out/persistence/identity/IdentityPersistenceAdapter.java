package io.dbkeep.adapter.out.persistence.identity;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;

/** The session, account and verification out-ports on PostgreSQL through Jakarta Persistence. */
public final class IdentityPersistenceAdapter
    implements LoadSessionPort,
        SaveSessionPort,
        DeleteSessionPort,
        LoadAccountPort,
        SaveAccountPort,
        VerificationPort {

  private static final IdentityJpaMapper MAPPER = IdentityJpaMapper.INSTANCE;

  private final JpaUnitOfWork unitOfWork;

  public IdentityPersistenceAdapter(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  // sessions

  @Override
  public Option<Session> loadByTokenHash(TokenHash hash) {
    return Option.ofOptional(
        unitOfWork
            .currentEntityManager()
            .createQuery("select s from Session s where s.token = :token", SessionJpaEntity.class)
            .setParameter("token", hash.hex())
            .getResultStream()
            .findFirst()
            .map(MAPPER::toDomain));
  }

  @Override
  public List<Session> sessionsOf(UserId user) {
    return unitOfWork
        .currentEntityManager()
        .createQuery(
            "select s from Session s where s.userId = :user order by s.createdAt desc, s.id",
            SessionJpaEntity.class)
        .setParameter("user", user.value())
        .getResultStream()
        .map(MAPPER::toDomain)
        .toList();
  }

  @Override
  public void insert(Session session) {
    var entityManager = unitOfWork.currentEntityManager();
    entityManager.persist(MAPPER.toEntity(session));
    entityManager.flush();
  }

  @Override
  public boolean update(Session session) {
    var entityManager = unitOfWork.currentEntityManager();
    var entity = entityManager.find(SessionJpaEntity.class, session.id());
    if (entity == null) {
      return false;
    }
    entity.setExpiresAt(session.expiresAt());
    entity.setUpdatedAt(session.updatedAt());
    entityManager.flush();
    return true;
  }

  @Override
  public boolean delete(String sessionId) {
    return bulk("delete from Session s where s.id = :id", "id", sessionId, null, null) > 0;
  }

  @Override
  public int deleteAllOf(UserId user) {
    return bulk("delete from Session s where s.userId = :user", "user", user.value(), null, null);
  }

  @Override
  public int deleteAllOfExcept(UserId user, String keepSessionId) {
    return bulk(
        "delete from Session s where s.userId = :user and s.id <> :keep",
        "user",
        user.value(),
        "keep",
        keepSessionId);
  }

  @Override
  public int deleteExpired(Instant now) {
    return bulk("delete from Session s where s.expiresAt <= :now", "now", now, null, null);
  }

  @Override
  public int deleteExpiredOf(UserId user, Instant now) {
    return bulk(
        "delete from Session s where s.userId = :user and s.expiresAt <= :now",
        "user",
        user.value(),
        "now",
        now);
  }

  // accounts

  @Override
  public Option<Account> load(String providerId, String accountId) {
    return Option.ofOptional(
        unitOfWork
            .currentEntityManager()
            .createQuery(
                "select a from Account a where a.providerId = :provider and a.accountId = :account",
                AccountJpaEntity.class)
            .setParameter("provider", providerId)
            .setParameter("account", accountId)
            .getResultStream()
            .findFirst()
            .map(MAPPER::toDomain));
  }

  @Override
  public List<Account> accountsOf(UserId user) {
    return unitOfWork
        .currentEntityManager()
        .createQuery(
            "select a from Account a where a.userId = :user order by a.createdAt, a.id",
            AccountJpaEntity.class)
        .setParameter("user", user.value())
        .getResultStream()
        .map(MAPPER::toDomain)
        .toList();
  }

  @Override
  public void insert(Account account) {
    var entityManager = unitOfWork.currentEntityManager();
    try {
      entityManager.persist(MAPPER.toEntity(account));
      entityManager.flush();
    } catch (PersistenceException e) {
      if (e instanceof ConstraintViolationException
          || e.getCause() instanceof ConstraintViolationException) {
        throw new ConcurrentUpdateException(
            "an account of " + account.providerId() + " with this id exists", e);
      }
      throw e;
    }
  }

  @Override
  public void update(Account account) {
    var entityManager = unitOfWork.currentEntityManager();
    var entity = entityManager.find(AccountJpaEntity.class, account.id());
    if (entity == null) {
      throw new ConcurrentUpdateException("account " + account.id() + " vanished", null);
    }
    entityManager.merge(MAPPER.toEntity(account));
    entityManager.flush();
  }

  // verifications

  @Override
  public void insert(Verification verification) {
    var entityManager = unitOfWork.currentEntityManager();
    entityManager.persist(MAPPER.toEntity(verification));
    entityManager.flush();
  }

  @Override
  public Option<Verification> take(String identifier) {
    var entityManager = unitOfWork.currentEntityManager();
    // The row lock makes a concurrent taker wait, then find the row gone.
    var found =
        entityManager
            .createQuery(
                "select v from Verification v where v.identifier = :identifier order by v.id",
                VerificationJpaEntity.class)
            .setParameter("identifier", identifier)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Option.none();
    }
    var taken = MAPPER.toDomain(found.get());
    entityManager.remove(found.get());
    entityManager.flush();
    return Option.of(taken);
  }

  @Override
  public Option<Verification> peek(String identifier) {
    return Option.ofOptional(
        unitOfWork
            .currentEntityManager()
            .createQuery(
                "select v from Verification v where v.identifier = :identifier order by v.id",
                VerificationJpaEntity.class)
            .setParameter("identifier", identifier)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(MAPPER::toDomain));
  }

  @Override
  public int deleteExpiredVerifications(Instant now) {
    return bulk("delete from Verification v where v.expiresAt <= :now", "now", now, null, null);
  }

  private int bulk(String jpql, String name1, Object value1, String name2, Object value2) {
    var entityManager = unitOfWork.currentEntityManager();
    entityManager.flush();
    var query = entityManager.createQuery(jpql).setParameter(name1, value1);
    if (name2 != null) {
      query.setParameter(name2, value2);
    }
    var count = query.executeUpdate();
    entityManager.clear();
    return count;
  }
}
