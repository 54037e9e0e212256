package io.dbkeep.domain.schema;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The column types a document may use: the original DBKeep's 46 (PostgreSQL names) plus {@link
 * #ENUM}, whose values come from the document's {@code enums[]}. Each engine maps them to its own
 * types (see the type table in docs/schema-documents.md).
 */
public enum ColumnType {
  SMALLINT("SMALLINT"),
  INT("INT"),
  INTEGER("INTEGER"),
  BIGINT("BIGINT"),
  DECIMAL("DECIMAL"),
  NUMERIC("NUMERIC"),
  REAL("REAL"),
  DOUBLE_PRECISION("DOUBLE PRECISION"),
  FLOAT("FLOAT"),
  MONEY("MONEY"),
  SMALLSERIAL("SMALLSERIAL"),
  SERIAL("SERIAL"),
  BIGSERIAL("BIGSERIAL"),
  CHAR("CHAR"),
  VARCHAR("VARCHAR"),
  TEXT("TEXT"),
  BYTEA("BYTEA"),
  DATE("DATE"),
  TIME("TIME"),
  TIMETZ("TIMETZ"),
  TIMESTAMP("TIMESTAMP"),
  TIMESTAMPTZ("TIMESTAMPTZ"),
  INTERVAL("INTERVAL"),
  BOOLEAN("BOOLEAN"),
  POINT("POINT"),
  LINE("LINE"),
  LSEG("LSEG"),
  BOX("BOX"),
  PATH("PATH"),
  POLYGON("POLYGON"),
  CIRCLE("CIRCLE"),
  CIDR("CIDR"),
  INET("INET"),
  MACADDR("MACADDR"),
  MACADDR8("MACADDR8"),
  BIT("BIT"),
  VARBIT("VARBIT"),
  TSVECTOR("TSVECTOR"),
  TSQUERY("TSQUERY"),
  JSON("JSON"),
  JSONB("JSONB"),
  UUID("UUID"),
  XML("XML"),
  VECTOR("VECTOR"),
  HALFVEC("HALFVEC"),
  SPARSEVEC("SPARSEVEC"),
  /** A column whose values are one of an enum's ({@code Column.enumId}). */
  ENUM("ENUM");

  private static final Map<String, ColumnType> BY_NAME = new HashMap<>();
  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  static {
    for (var type : values()) {
      BY_NAME.put(type.wireName, type);
    }
  }

  private final String wireName;

  ColumnType(String wireName) {
    this.wireName = wireName;
  }

  /** The name in documents, e.g. {@code "DOUBLE PRECISION"}. */
  public String wireName() {
    return wireName;
  }

  /** Reads a type name case-insensitively, ignoring surrounding and repeated blanks. */
  public static Option<ColumnType> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    var exact = BY_NAME.get(text);
    if (exact != null) {
      return Option.of(exact);
    }
    var key = BLANKS.matcher(text.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    return Option.of(BY_NAME.get(key));
  }

  /** Auto-incrementing integers: SMALLSERIAL, SERIAL, BIGSERIAL. */
  public boolean isSerial() {
    return this == SMALLSERIAL || this == SERIAL || this == BIGSERIAL;
  }

  /** Integer types, serials included. */
  public boolean isInteger() {
    return this == SMALLINT || this == INT || this == INTEGER || this == BIGINT || isSerial();
  }

  /** The pgvector types, which take a {@code dimension}. */
  public boolean isVector() {
    return this == VECTOR || this == HALFVEC || this == SPARSEVEC;
  }

  /** Whether the type takes a {@code length} (CHAR, VARCHAR, BIT, VARBIT). */
  public boolean takesLength() {
    return this == CHAR || this == VARCHAR || this == BIT || this == VARBIT;
  }

  /** Whether the type takes {@code precision} and {@code scale} (DECIMAL, NUMERIC). */
  public boolean takesPrecision() {
    return this == DECIMAL || this == NUMERIC;
  }

  /**
   * The type a foreign key compares: serials compare as their integer type and INT as INTEGER, so
   * SERIAL↔INTEGER and BIGSERIAL↔BIGINT are compatible.
   */
  public ColumnType comparable() {
    return switch (this) {
      case SMALLSERIAL -> SMALLINT;
      case SERIAL, INT -> INTEGER;
      case BIGSERIAL -> BIGINT;
      case NUMERIC -> DECIMAL;
      default -> this;
    };
  }

  /** The plain integer type behind a serial (and the type itself otherwise). */
  public ColumnType withoutAutoIncrement() {
    return switch (this) {
      case SMALLSERIAL -> SMALLINT;
      case SERIAL -> INTEGER;
      case BIGSERIAL -> BIGINT;
      default -> this;
    };
  }
}
