package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.Verification;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An in-memory store with real transaction semantics: transactions are serialised by one lock, join
 * when nested, and roll back (restore a snapshot) on a left value or an exception.
 */
public final class InMemoryDatabase implements UnitOfWork {

  final Map<UserId, User> users = new LinkedHashMap<>();
  final Map<ProjectId, Project> projects = new LinkedHashMap<>();
  final Map<String, Session> sessions = new LinkedHashMap<>();
  final Map<String, Account> accounts = new LinkedHashMap<>();
  final Map<String, Verification> verifications = new LinkedHashMap<>();
  final Map<String, Object> mailOutbox = new LinkedHashMap<>();
  final Map<String, InMemoryProjectVersions.Row> versions = new LinkedHashMap<>();
  final Map<String, Object> rateLimitBuckets = new LinkedHashMap<>();
  final Map<String, Object> jobRuns = new LinkedHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  @Override
  public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.get();
      }
      var savedUsers = new LinkedHashMap<>(users);
      var savedProjects = new LinkedHashMap<>(projects);
      var savedSessions = new LinkedHashMap<>(sessions);
      var savedAccounts = new LinkedHashMap<>(accounts);
      var savedVerifications = new LinkedHashMap<>(verifications);
      var savedMailOutbox = new LinkedHashMap<>(mailOutbox);
      var savedVersions = new LinkedHashMap<>(versions);
      var savedRateLimitBuckets = new LinkedHashMap<>(rateLimitBuckets);
      var savedJobRuns = new LinkedHashMap<>(jobRuns);
      var committed = false;
      try {
        var result = work.get();
        committed = result.isRight();
        return result;
      } finally {
        if (!committed) {
          users.clear();
          users.putAll(savedUsers);
          projects.clear();
          projects.putAll(savedProjects);
          restore(sessions, savedSessions);
          restore(accounts, savedAccounts);
          restore(verifications, savedVerifications);
          restore(mailOutbox, savedMailOutbox);
          restore(versions, savedVersions);
          restore(rateLimitBuckets, savedRateLimitBuckets);
          restore(jobRuns, savedJobRuns);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private static <K, V> void restore(Map<K, V> target, Map<K, V> saved) {
    target.clear();
    target.putAll(saved);
  }

  void requireTransaction() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("called outside a UnitOfWork transaction");
    }
  }
}
