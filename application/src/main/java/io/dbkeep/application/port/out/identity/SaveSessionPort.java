package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.Session;

/** Stores sessions. Must be called inside a {@code UnitOfWork} transaction. */
public interface SaveSessionPort {

  /** Stores a new session (its id and token hash are new). */
  void insert(Session session);

  /** Stores a session's new expiry; returns false when it no longer exists (revoked meanwhile). */
  boolean update(Session session);
}
