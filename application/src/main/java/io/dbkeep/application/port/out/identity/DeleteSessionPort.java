package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.user.UserId;
import java.time.Instant;

/** Removes sessions. Must be called inside a {@code UnitOfWork} transaction. */
public interface DeleteSessionPort {

  /** Removes the session with this id; whether it existed. */
  boolean delete(String sessionId);

  /** Removes every session of {@code user}; how many there were. */
  int deleteAllOf(UserId user);

  /** Removes every session of {@code user} except {@code keepSessionId}; how many. */
  int deleteAllOfExcept(UserId user, String keepSessionId);

  /** Removes every session that expired at or before {@code now}; how many. */
  int deleteExpired(Instant now);

  /** Removes the expired sessions of {@code user}; how many. */
  int deleteExpiredOf(UserId user, Instant now);
}
