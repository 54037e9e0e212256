package io.dbkeep.domain.studio;

import io.dbkeep.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * One filter condition: {@code column operator values}. Unary operators take no value, {@code in}
 * takes any number, the others exactly one. Filters of a query are combined with AND.
 */
public record RowFilter(String column, FilterOperator operator, List<JsonValue> values) {

  public RowFilter {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
    if (operator.unary() && !values.isEmpty()) {
      throw new IllegalArgumentException(operator.wireName() + " takes no value");
    }
    if (!operator.unary() && !operator.takesList() && values.size() != 1) {
      throw new IllegalArgumentException(operator.wireName() + " takes exactly one value");
    }
  }

  public static RowFilter of(String column, FilterOperator operator, JsonValue value) {
    return new RowFilter(column, operator, List.of(value));
  }

  public static RowFilter unary(String column, FilterOperator operator) {
    return new RowFilter(column, operator, List.of());
  }

  /** The single operand of a binary operator. */
  public JsonValue value() {
    return values.get(0);
  }
}
