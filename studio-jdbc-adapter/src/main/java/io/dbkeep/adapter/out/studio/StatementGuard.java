package io.dbkeep.adapter.out.studio;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels statements that run longer than the timeout, and those whose run is cancelled on request,
 * through the driver's own {@link Statement#cancel()} (PostgreSQL's cancel request, MariaDB's KILL
 * QUERY, SQLite's interrupt): one mechanism for every engine.
 */
final class StatementGuard implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StatementGuard.class);

  /** Why a statement was stopped. */
  enum Stop {
    TIMEOUT,
    CANCELLED
  }

  /** A statement stopped by the guard; {@link #stop} says why. */
  static final class StoppedException extends Exception {
    private static final long serialVersionUID = 1L;
    final Stop stop;

    StoppedException(Stop stop, Throwable cause) {
      super(stop.name(), cause, false, false);
      this.stop = stop;
    }
  }

  /** Work on a statement that may throw. */
  @FunctionalInterface
  interface StatementWork<T> {
    T run() throws SQLException;
  }

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            var thread = new Thread(runnable, "studio-statement-timer");
            thread.setDaemon(true);
            return thread;
          });
  private final Duration timeout;
  private final ConcurrentHashMap<String, Run> runs = new ConcurrentHashMap<>();

  StatementGuard(Duration timeout) {
    this.timeout = timeout;
  }

  Duration timeout() {
    return timeout;
  }

  /** Starts a run; with a non-null {@code id} it can be cancelled through {@link #cancel}. */
  Run start(String id) {
    var run = new Run(id);
    if (id != null) {
      var previous = runs.putIfAbsent(id, run);
      if (previous != null) {
        // Two runs with one id: the later one is not cancellable by id, the earlier stays so.
        return new Run(null);
      }
    }
    return run;
  }

  /** Cancels the running statement of run {@code id}; false when there is no such run. */
  boolean cancel(String id) {
    var run = runs.get(id);
    if (run == null) {
      return false;
    }
    run.stop(Stop.CANCELLED);
    return true;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** One unit of work whose statements run one after another. */
  final class Run implements AutoCloseable {
    private final String id;
    private final Object lock = new Object();
    private Statement current;
    private Stop stopped;

    private Run(String id) {
      this.id = id;
    }

    /** Runs {@code work} on {@code statement}, cancelling it when the timeout passes. */
    <T> T execute(Statement statement, StatementWork<T> work)
        throws SQLException, StoppedException {
      synchronized (lock) {
        if (stopped != null) {
          throw new StoppedException(stopped, null);
        }
        current = statement;
      }
      var timeoutTask =
          timer.schedule(() -> stop(Stop.TIMEOUT), timeout.toMillis(), TimeUnit.MILLISECONDS);
      try {
        var result = work.run();
        synchronized (lock) {
          if (stopped != null) {
            // Some statements end normally when interrupted (MariaDB's SLEEP answers 1).
            throw new StoppedException(stopped, null);
          }
        }
        return result;
      } catch (SQLException e) {
        synchronized (lock) {
          if (stopped != null) {
            throw new StoppedException(stopped, e);
          }
        }
        throw e;
      } finally {
        timeoutTask.cancel(false);
        synchronized (lock) {
          current = null;
        }
      }
    }

    /** Why this run was stopped, or null. */
    Stop stopped() {
      synchronized (lock) {
        return stopped;
      }
    }

    private void stop(Stop why) {
      synchronized (lock) {
        if (stopped == null) {
          stopped = why;
        }
        cancelCurrent();
      }
    }

    /** Cancels the current statement, again every 100 ms until it returns; holds {@code lock}. */
    private void cancelCurrent() {
      cancelCurrent(false);
    }

    private void cancelCurrent(boolean again) {
      var statement = current;
      if (statement == null) {
        return;
      }
      try {
        if (again) {
          cancelAgain(statement);
        } else {
          statement.cancel();
        }
      } catch (SQLException | RuntimeException e) {
        LOG.debug("Cancelling a statement failed: {}", e.getMessage());
      }
      // A cancel that reaches the server before the statement does is lost (the backend is idle
      // when the cancel signal arrives), so it is repeated while the statement runs.
      try {
        timer.schedule(
            () -> {
              synchronized (lock) {
                if (current == statement) {
                  cancelCurrent(true);
                }
              }
            },
            100,
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closing) {
        // the guard is closing; nothing more to cancel
      }
    }

    /**
     * Repeats a cancel. PostgreSQL's driver cancels through a statement only once (a statement
     * already cancelled ignores {@link Statement#cancel()}), so a repeat goes to the connection,
     * which sends the server a new cancel request each time; other drivers cancel again as asked.
     */
    private static void cancelAgain(Statement statement) throws SQLException {
      var connection = statement.getConnection();
      if (connection.isWrapperFor(PGConnection.class)) {
        connection.unwrap(PGConnection.class).cancelQuery();
      } else {
        statement.cancel();
      }
    }

    @Override
    public void close() {
      if (id != null) {
        runs.remove(id, this);
      }
    }
  }
}
