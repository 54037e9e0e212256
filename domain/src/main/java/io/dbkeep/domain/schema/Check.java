package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A CHECK constraint of a table, written in the engine-neutral expression subset of ADR 127 (column
 * names of the same table, literals, comparisons, AND/OR/NOT, IS NULL, IN, BETWEEN, LIKE, + - * /
 * and a few functions every engine has). The text is kept as written; the validator parses it and
 * each engine's exporter writes it in its own dialect.
 *
 * @param id the document's id, unique within its table
 * @param name the constraint name; none lets the exporter choose a deterministic one
 * @param expression the condition, in the neutral subset
 * @param extra unknown members, kept in order
 */
public record Check(String id, Option<String> name, String expression, JsonObject extra) {

  public Check {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(extra, "extra");
  }

  public static Check of(String id, String expression) {
    return new Check(id, Option.none(), expression, JsonObject.empty());
  }

  public Check withName(String newName) {
    return new Check(id, Option.of(newName), expression, extra);
  }

  public Check withExpression(String newExpression) {
    return new Check(id, name, newExpression, extra);
  }
}
