package io.dbkeep.adapter.out.persistence;

import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database for the test class and two persistence adapters on it (two connection pools, as
 * two instances of the server have), for the tests of what several nodes share: register with
 * {@code @RegisterExtension static final TwoNodes NODES = new TwoNodes();}.
 */
final class TwoNodes implements BeforeAllCallback, AfterAllCallback {

  private final PostgresTestDatabase database = new PostgresTestDatabase();
  private PostgresPersistence first;
  private PostgresPersistence second;

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    database.beforeAll(context);
    var settings = PersistenceSettings.of(database.jdbcUrl(), database.user(), database.password());
    first = PostgresPersistence.start(settings);
    second = PostgresPersistence.start(settings);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    try {
      if (second != null) {
        second.close();
      }
      if (first != null) {
        first.close();
      }
    } finally {
      database.afterAll(context);
    }
  }

  /** The node the contract runs on. */
  PostgresPersistence first() {
    return first;
  }

  PostgresPersistence second() {
    return second;
  }

  /** {@code count} nodes, first, second, first, …: for workers spread over both. */
  List<PostgresPersistence> alternating(int count) {
    var nodes = new ArrayList<PostgresPersistence>();
    for (var i = 0; i < count; i++) {
      nodes.add(i % 2 == 0 ? first : second);
    }
    return nodes;
  }

  /** Empties {@code table}, for a contract's fresh start. */
  void truncate(String table) {
    try (var connection = database.connect()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute("truncate table " + table);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code work} in one transaction of {@code node}. */
  static <T> T inTransaction(PostgresPersistence node, Supplier<T> work) {
    return node.unitOfWork()
        .<RuntimeException, T>inTransaction(() -> Either.right(work.get()))
        .get();
  }

  /**
   * Runs the tasks at the same moment, each on its own thread, and returns their results in order;
   * a task that has not finished after 60 s fails the test.
   */
  static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(tasks.size());
    try {
      var futures = new ArrayList<Future<T>>();
      for (var task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  if (!start.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("not started within 60 s");
                  }
                  return task.call();
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (var future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
