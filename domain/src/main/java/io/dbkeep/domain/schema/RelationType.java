package io.dbkeep.domain.schema;

import io.vavr.control.Option;

/** The cardinality of a relation: {@code "1:1"}, {@code "1:N"} or {@code "N:M"}. */
public enum RelationType {
  /** A foreign key whose column is also unique. */
  ONE_TO_ONE("1:1"),
  /** A plain foreign key. */
  ONE_TO_MANY("1:N"),
  /** Many to many: exported as a junction table (see docs/schema-documents.md). */
  MANY_TO_MANY("N:M");

  private final String wireName;

  RelationType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Option<RelationType> parse(String text) {
    for (var type : values()) {
      if (type.wireName.equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Option.of(type);
      }
    }
    return Option.none();
  }
}
