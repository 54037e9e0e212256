package io.dbkeep.adapter.out.studio;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text built piece by piece, with its parameters. Only quoted catalog identifiers and fixed
 * keywords are appended as text; every value goes through {@link #param}.
 */
final class Sql {

  /** Binds one parameter. */
  @FunctionalInterface
  interface Param {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  private final StringBuilder text = new StringBuilder();
  private final List<Param> params = new ArrayList<>();

  Sql() {}

  Sql(String text) {
    this.text.append(text);
  }

  Sql append(String fixed) {
    text.append(fixed);
    return this;
  }

  Sql append(Sql other) {
    text.append(other.text);
    params.addAll(other.params);
    return this;
  }

  /** Appends a placeholder bound by {@code param}. */
  Sql param(Param param) {
    text.append('?');
    params.add(param);
    return this;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  String text() {
    return text.toString();
  }

  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      params.get(i).bind(statement, i + 1);
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
