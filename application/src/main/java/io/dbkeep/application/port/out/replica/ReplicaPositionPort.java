package io.dbkeep.application.port.out.replica;

import io.dbkeep.domain.user.UserId;

/**
 * How far a read replica has come, measured against each author's own writes: lets reads that may
 * lag go to the replica while an author always sees what they wrote. Calls are short statements of
 * their own, outside any {@code UnitOfWork} (they involve the primary and the replica).
 */
public interface ReplicaPositionPort {

  /**
   * Remembers the primary's current write position as {@code author}'s latest write. Call after the
   * author's write committed: the position is then at or past it.
   */
  void recordWriteBy(UserId author);

  /**
   * Whether the replica has replayed everything up to {@code author}'s latest recorded write (true
   * when none is recorded). False when the replica cannot tell (unreachable, not a replica): the
   * caller then reads from the primary.
   */
  boolean replicaHasWritesOf(UserId author);
}
