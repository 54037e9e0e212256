package io.dbkeep.domain.user;

import io.vavr.control.Option;

/** What a user may do beyond their own projects. */
public enum Role {
  USER("user"),
  ADMIN("admin");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Option<Role> parse(String text) {
    for (var role : values()) {
      if (role.wireName.equals(text)) {
        return Option.of(role);
      }
    }
    return Option.none();
  }
}
