package io.dbkeep.application.fake;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserPage;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Option;
import java.util.Comparator;

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
  public Option<User> loadByEmail(Email email) {
    database.requireTransaction();
    return Option.ofOptional(
        database.users.values().stream().filter(u -> u.email().equals(email)).findFirst());
  }

  @Override
  public UserPage list(UserQuery query) {
    database.requireTransaction();
    Comparator<User> order =
        switch (query.sortBy()) {
          case EMAIL -> Comparator.comparing(u -> u.email().value());
          case NAME -> Comparator.comparing(User::name);
          case CREATED_AT -> Comparator.comparing(User::createdAt);
        };
    if (query.descending()) {
      order = order.reversed();
    }
    var matching =
        database.users.values().stream()
            .filter(query::matches)
            .sorted(order.thenComparing(u -> u.id().value()))
            .toList();
    return new UserPage(
        matching.stream().skip(query.offset()).limit(query.limit()).toList(), matching.size());
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

  @Override
  public boolean insertIfEmailFree(User user) {
    database.requireTransaction();
    if (database.users.containsKey(user.id())
        || database.users.values().stream().anyMatch(u -> u.email().equals(user.email()))) {
      return false;
    }
    database.users.put(user.id(), user);
    return true;
  }

  @Override
  public void update(User user) {
    database.requireTransaction();
    if (!database.users.containsKey(user.id())) {
      throw new ConcurrentUpdateException("user " + user.id() + " vanished", null);
    }
    database.users.put(user.id(), user);
  }

  @Override
  public boolean delete(UserId id) {
    database.requireTransaction();
    if (database.users.remove(id) == null) {
      return false;
    }
    database.sessions.values().removeIf(s -> s.userId().equals(id));
    database.accounts.values().removeIf(a -> a.userId().equals(id));
    database.projects.values().removeIf(p -> p.createdBy().equals(id));
    return true;
  }
}
