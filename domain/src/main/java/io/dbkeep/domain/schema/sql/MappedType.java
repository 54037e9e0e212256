package io.dbkeep.domain.schema.sql;

import io.vavr.control.Option;

/**
 * How an engine stores a document column type.
 *
 * @param sql the type as written in DDL, e.g. {@code VARCHAR(255)}
 * @param mapping when the engine has no native equivalent: a sentence naming the mapping
 * @param keyable whether the type can be in a primary key, unique constraint, index or foreign key
 * @param keyBytes MySQL: bytes the column takes in an index key (0 elsewhere)
 * @param rowBytes MySQL: bytes counted against the 65,535-byte row limit (0 elsewhere)
 * @param inlineBytes MySQL/InnoDB: bytes counted against the ~8 KB in-page record limit
 * @param expressionDefault MySQL: whether a DEFAULT must be written as a parenthesised expression
 */
record MappedType(
    String sql,
    Option<String> mapping,
    boolean keyable,
    int keyBytes,
    int rowBytes,
    int inlineBytes,
    boolean expressionDefault) {

  static MappedType of(String sql) {
    return new MappedType(sql, Option.none(), true, 0, 0, 0, false);
  }

  MappedType mappedFrom(String note) {
    return new MappedType(
        sql, Option.of(note), keyable, keyBytes, rowBytes, inlineBytes, expressionDefault);
  }

  MappedType notKeyable() {
    return new MappedType(sql, mapping, false, keyBytes, rowBytes, inlineBytes, expressionDefault);
  }
}
