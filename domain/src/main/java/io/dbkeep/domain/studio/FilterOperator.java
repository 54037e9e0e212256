package io.dbkeep.domain.studio;

import io.vavr.control.Option;

/** A filter's comparison. The wire names are those of {@code filter=column:op:value}. */
public enum FilterOperator {
  EQ("eq", "=", 1),
  NE("ne", "≠", 1),
  LT("lt", "<", 1),
  LTE("lte", "≤", 1),
  GT("gt", ">", 1),
  GTE("gte", "≥", 1),
  /** Case-insensitive substring match on the value's text. */
  CONTAINS("contains", "contains", 1),
  /** Case-insensitive prefix match on the value's text. */
  STARTS_WITH("startswith", "starts with", 1),
  IS_NULL("null", "is null", 0),
  NOT_NULL("notnull", "is not null", 0),
  /** One of a list of values (a JSON array on the wire). */
  IN("in", "in", -1);

  private final String wireName;
  private final String label;
  private final int operands;

  FilterOperator(String wireName, String label, int operands) {
    this.wireName = wireName;
    this.label = label;
    this.operands = operands;
  }

  public String wireName() {
    return wireName;
  }

  /** How people read it: {@code ≤}, {@code starts with}. */
  public String label() {
    return label;
  }

  /** Whether the operator takes no value ({@code null}, {@code notnull}). */
  public boolean unary() {
    return operands == 0;
  }

  /** Whether the operator takes a list of values ({@code in}). */
  public boolean takesList() {
    return operands < 0;
  }

  /** Whether the operator needs an ordered type ({@code <}, {@code ≤}, {@code >}, {@code ≥}). */
  public boolean comparison() {
    return this == LT || this == LTE || this == GT || this == GTE;
  }

  /** The operator with this wire name (exact, lower case). */
  public static Option<FilterOperator> parse(String wireName) {
    for (var operator : values()) {
      if (operator.wireName.equals(wireName)) {
        return Option.of(operator);
      }
    }
    return Option.none();
  }
}
