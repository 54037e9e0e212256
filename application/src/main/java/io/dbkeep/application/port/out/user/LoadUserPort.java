package io.dbkeep.application.port.out.user;

import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;

/** Reads stored users. Must be called inside a {@code UnitOfWork} transaction. */
public interface LoadUserPort {

  Option<User> load(UserId id);
}
