package io.dbkeep.domain.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number with its exact decimal value. Two numbers are equal when their values are equal,
 * whatever their spelling: {@code 1}, {@code 1.0} and {@code 1e0} are the same number.
 */
public record JsonNumber(BigDecimal value) implements JsonValue {

  public JsonNumber {
    Objects.requireNonNull(value, "value");
  }

  public static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonNumber number && value.compareTo(number.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
  }

  @Override
  public String typeName() {
    return "number";
  }
}
