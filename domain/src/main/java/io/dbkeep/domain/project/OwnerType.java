package io.dbkeep.domain.project;

import io.vavr.control.Option;

/** Who owns a project: a single user or (later) a team. */
public enum OwnerType {
  USER("user"),
  TEAM("team");

  private final String wireName;

  OwnerType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Option<OwnerType> parse(String text) {
    for (var type : values()) {
      if (type.wireName.equals(text)) {
        return Option.of(type);
      }
    }
    return Option.none();
  }
}
