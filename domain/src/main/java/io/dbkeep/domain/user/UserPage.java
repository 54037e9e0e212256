package io.dbkeep.domain.user;

import java.util.List;

/** One page of a {@link UserQuery}'s users, and how many match in all. */
public record UserPage(List<User> users, long total) {

  public UserPage {
    users = List.copyOf(users);
  }
}
