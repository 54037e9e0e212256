package io.dbkeep.adapter.out.persistence.transaction;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.vavr.control.Either;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * {@link UnitOfWork} over Jakarta Persistence: one entity manager and one database transaction per
 * use case, bound to the calling thread so the port adapters join it. Translates the persistence
 * provider's failures into the application's exceptions.
 */
public final class JpaUnitOfWork implements UnitOfWork {

  private final EntityManagerFactory factory;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

  public JpaUnitOfWork(EntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
    if (current.get() != null) {
      return work.get();
    }
    EntityManager entityManager;
    try {
      entityManager = factory.createEntityManager();
    } catch (RuntimeException e) {
      throw translate(e);
    }
    current.set(entityManager);
    var transaction = entityManager.getTransaction();
    try {
      transaction.begin();
      var result = work.get();
      if (result.isRight()) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
      return result;
    } catch (RuntimeException e) {
      rollbackQuietly(entityManager, e);
      throw translate(e);
    } finally {
      current.remove();
      entityManager.close();
    }
  }

  /**
   * The entity manager of the calling thread's transaction.
   *
   * @throws IllegalStateException outside {@link #inTransaction}
   */
  public EntityManager currentEntityManager() {
    var entityManager = current.get();
    if (entityManager == null) {
      throw new IllegalStateException("called outside a UnitOfWork transaction");
    }
    return entityManager;
  }

  private static void rollbackQuietly(EntityManager entityManager, RuntimeException cause) {
    try {
      var transaction = entityManager.getTransaction();
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  /** The application's view of a persistence failure; other failures pass unchanged. */
  static RuntimeException translate(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrentUpdateException
          || cause instanceof DataStoreUnavailableException) {
        return (RuntimeException) cause;
      }
      if (cause instanceof OptimisticLockException
          || cause instanceof StaleStateException
          || cause instanceof PessimisticLockException) {
        return new ConcurrentUpdateException("a concurrent transaction changed the data", failure);
      }
      if (cause instanceof JDBCConnectionException
          || cause instanceof SQLTransientConnectionException
          || (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))
          || (cause instanceof SQLException closed && isEvictedConnection(closed))) {
        return new DataStoreUnavailableException("the database is unavailable", failure);
      }
    }
    return failure;
  }

  /**
   * HikariCP replaces a connection that failed fatally with a closed stand-in whose every call
   * throws {@code SQLException("Connection is closed")} without an SQL state; a transaction still
   * holding it has lost its connection.
   */
  private static boolean isEvictedConnection(SQLException failure) {
    return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
  }

  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08") || state.equals("57P01") || state.equals("57P03"));
  }
}
