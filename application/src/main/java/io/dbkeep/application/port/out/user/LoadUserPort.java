package io.dbkeep.application.port.out.user;

import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserPage;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Option;

/**
 * Reads stored users. Must be called inside a {@code UnitOfWork} transaction. Rows written by the
 * original DBKeep (a {@code NULL} role or ban flag) read as role {@code user}, not banned.
 */
public interface LoadUserPort {

  Option<User> load(UserId id);

  /** The user with this (normalised) email, if any. */
  Option<User> loadByEmail(Email email);

  /** The page of users {@code query} asks for, with the total number that match. */
  UserPage list(UserQuery query);
}
