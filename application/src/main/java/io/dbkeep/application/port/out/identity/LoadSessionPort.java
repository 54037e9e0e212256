package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.TokenHash;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.List;

/** Reads sessions. Must be called inside a {@code UnitOfWork} transaction. */
public interface LoadSessionPort {

  /** The session whose token hashes to {@code hash}, expired or not. */
  Option<Session> loadByTokenHash(TokenHash hash);

  /** Every session of {@code user}, expired or not, newest first. */
  List<Session> sessionsOf(UserId user);
}
