package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.Verification;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Stores single-use verifications. Must be called inside a {@code UnitOfWork} transaction. {@link
 * #take} makes a verification usable once even under concurrent callers.
 */
public interface VerificationPort {

  void insert(Verification verification);

  /**
   * Removes and returns the verification stored under {@code identifier} (expired or not); none
   * when there is none or a concurrent caller took it first.
   */
  Option<Verification> take(String identifier);

  /** The verification under {@code identifier} without using it up. */
  Option<Verification> peek(String identifier);

  /** Removes every verification that expired at or before {@code now}; how many. */
  int deleteExpiredVerifications(Instant now);
}
