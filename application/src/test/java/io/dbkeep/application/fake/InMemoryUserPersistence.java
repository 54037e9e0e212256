package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;

/** The user ports over an {@link InMemoryDatabase}. */
public final class InMemoryUserPersistence implements LoadUserPort, SaveUserPort {

  private final InMemoryDatabase database;

  public InMemoryUserPersistence(InMemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<User> load(UserId id) {
    database.requireTransaction();
    return Option.of(database.users.get(id));
  }

  @Override
  public boolean insertIfAbsent(User user) {
    database.requireTransaction();
    if (database.users.values().stream().anyMatch(u -> u.email().equals(user.email()))
        && !database.users.containsKey(user.id())) {
      throw new IllegalArgumentException("email already in use: " + user.email());
    }
    return database.users.putIfAbsent(user.id(), user) == null;
  }
}
