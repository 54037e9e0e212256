package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.EnumType;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One engine's SQL: quoting, identifier rules, type mapping, limits. */
abstract class Dialect {

  static Dialect of(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> PostgresDialect.INSTANCE;
      case MYSQL -> MySqlDialect.INSTANCE;
      case SQLITE -> SqliteDialect.INSTANCE;
    };
  }

  abstract Engine engine();

  /** The identifier quoted, so reserved words, blanks, case and unicode survive (SQL: "x"). */
  String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** A string literal holding {@code text} (SQL: quotes doubled, backslashes literal). */
  String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Why {@code name} cannot be an identifier on this engine, if so: {@code NAME_TOO_LONG} or {@code
   * INVALID_NAME}.
   */
  abstract Option<Refusal> identifierProblem(String name);

  /** Whether generated {@code name} fits the identifier limit. */
  abstract boolean fits(String name);

  /** {@code name} cut to the limit, ending in a stable hash of the full name when it was cut. */
  abstract String cut(String name, int room);

  /** The key under which two identifiers clash on this engine (case-, maybe accent-folded). */
  abstract String fold(String name);

  /** How a column of the document is stored. */
  abstract MappedType map(Column column, Option<EnumType> enumType);

  /** Most columns in a table. */
  abstract int maxColumns();

  /** Most columns in one key or index. */
  abstract int maxKeyColumns();

  abstract int maxCharLength();

  abstract int maxVarcharLength();

  abstract int maxBitLength();

  abstract int maxDecimalPrecision();

  abstract int maxDecimalScale();

  /** {@code name}, shortened to the identifier limit with a hash suffix when it is too long. */
  final String shorten(String name) {
    if (fits(name)) {
      return name;
    }
    return cut(name, 9) + "_" + hash(name);
  }

  static String hash(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  static boolean hasNul(String text) {
    return text.indexOf('\0') >= 0;
  }
}
