package io.dbkeep.adapter.out.persistence.project;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A document bound as a parameter PostgreSQL reads as {@code jsonb}, not as text cast to {@code
 * jsonb}.
 *
 * <p>The driver sends a {@link String} as {@code varchar}; {@code cast(? as jsonb)} then converts
 * it while the statement runs, and an {@code UPDATE} that waited for a concurrent save of the same
 * row evaluates its new values again for the newest row version: a second parse of the whole
 * document (measured on a 0.76 MB document with two connections saving the same project: 31 ms of
 * backend CPU per save against 14 ms with this binding, and 20 ms for the same update with the
 * document as a literal, as pgbench sends it). Bound untyped, the parameter takes the type of the
 * column it is assigned to, so PostgreSQL parses it once, in the bind, before any row is locked
 * (ADR 0123).
 */
final class JsonbParameter {

  private JsonbParameter() {}

  /**
   * Binds {@code json} untyped at {@code index}; the statement must give it the type {@code jsonb}
   * by assigning it to a {@code jsonb} column without a cast.
   */
  static void bind(PreparedStatement statement, int index, String json) throws SQLException {
    statement.setObject(index, json, Types.OTHER);
  }
}
