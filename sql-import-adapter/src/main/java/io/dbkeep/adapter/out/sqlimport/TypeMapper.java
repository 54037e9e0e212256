package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.ColumnType;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;

/**
 * An engine's declared column types mapped to the document's {@link ColumnType} with length,
 * precision, scale and dimension. What the document cannot hold (unsigned, arrays, a time
 * precision, an unknown type) is named in {@link Mapped#note()} so the reader warns about it.
 */
final class TypeMapper {

  /**
   * A declared type: its words ({@code "CHARACTER VARYING"}, upper case), the parenthesised
   * arguments as written (numbers, or the values of an inline ENUM), whether it ends in {@code []},
   * and the name as written when it may be a user-defined type.
   */
  record Declared(String words, List<String> arguments, boolean array, String written) {}

  /**
   * @param enumName a named enum type the column uses (PostgreSQL)
   * @param enumValues the values of an inline enum (MySQL)
   * @param note a sentence about what was not kept, if anything
   */
  record Mapped(
      ColumnType type,
      Option<Integer> length,
      Option<Integer> precision,
      Option<Integer> scale,
      Option<Integer> dimension,
      Option<String> enumName,
      Option<List<String>> enumValues,
      Option<String> note) {

    static Mapped of(ColumnType type) {
      return new Mapped(
          type,
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none(),
          Option.none());
    }

    Mapped length(Option<Integer> value) {
      return new Mapped(type, value, precision, scale, dimension, enumName, enumValues, note);
    }

    Mapped precision(Option<Integer> p, Option<Integer> s) {
      return new Mapped(type, length, p, s, dimension, enumName, enumValues, note);
    }

    Mapped dimension(Option<Integer> value) {
      return new Mapped(type, length, precision, scale, value, enumName, enumValues, note);
    }

    Mapped note(String text) {
      var joined = note.map(n -> n + "; " + text).getOrElse(text);
      return new Mapped(
          type, length, precision, scale, dimension, enumName, enumValues, Option.of(joined));
    }
  }

  private TypeMapper() {}

  static Mapped map(Engine engine, Declared declared, java.util.Set<String> enumTypes) {
    var mapped =
        switch (engine) {
          case POSTGRESQL -> postgres(declared, enumTypes);
          case MYSQL -> mysql(declared);
          case SQLITE -> sqlite(declared);
        };
    var listsValues = declared.words().equals("ENUM") || declared.words().equals("SET");
    if (mapped.enumValues().isEmpty() && !listsValues) {
      for (var argument : declared.arguments()) {
        if (!isWhole(argument)) {
          mapped =
              mapped.note(
                  "the type argument "
                      + argument
                      + " of "
                      + declared.written().toLowerCase(Locale.ROOT)
                      + " is not a whole number and is not kept");
          break;
        }
      }
    }
    if (declared.array()) {
      mapped =
          Mapped.of(ColumnType.TEXT)
              .note("the array type " + declared.written() + "[] is imported as TEXT");
    }
    return mapped;
  }

  private static Mapped postgres(Declared declared, java.util.Set<String> enumTypes) {
    var words = declared.words().replace(" UNSIGNED", "");
    var args = declared.arguments();
    return switch (words) {
      case "SMALLINT", "INT2" -> Mapped.of(ColumnType.SMALLINT);
      case "INT" -> Mapped.of(ColumnType.INT);
      case "INTEGER", "INT4" -> Mapped.of(ColumnType.INTEGER);
      case "BIGINT", "INT8" -> Mapped.of(ColumnType.BIGINT);
      case "SMALLSERIAL", "SERIAL2" -> Mapped.of(ColumnType.SMALLSERIAL);
      case "SERIAL", "SERIAL4" -> Mapped.of(ColumnType.SERIAL);
      case "BIGSERIAL", "SERIAL8" -> Mapped.of(ColumnType.BIGSERIAL);
      case "NUMERIC" -> decimal(ColumnType.NUMERIC, args);
      case "DECIMAL", "DEC" -> decimal(ColumnType.DECIMAL, args);
      case "REAL", "FLOAT4" -> Mapped.of(ColumnType.REAL);
      case "DOUBLE PRECISION", "FLOAT8" -> Mapped.of(ColumnType.DOUBLE_PRECISION);
      case "FLOAT" -> Mapped.of(ColumnType.FLOAT);
      case "MONEY" -> Mapped.of(ColumnType.MONEY);
      case "CHARACTER VARYING", "VARCHAR", "CHAR VARYING" -> sized(ColumnType.VARCHAR, args);
      case "CHARACTER", "CHAR", "BPCHAR" -> sized(ColumnType.CHAR, args);
      case "TEXT" -> Mapped.of(ColumnType.TEXT);
      case "BYTEA" -> Mapped.of(ColumnType.BYTEA);
      case "DATE" -> Mapped.of(ColumnType.DATE);
      case "TIME", "TIME WITHOUT TIME ZONE" -> timed(ColumnType.TIME, declared, -1);
      case "TIME WITH TIME ZONE", "TIMETZ" -> timed(ColumnType.TIMETZ, declared, -1);
      case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> timed(ColumnType.TIMESTAMP, declared, -1);
      case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> timed(ColumnType.TIMESTAMPTZ, declared, -1);
      case "BOOLEAN", "BOOL" -> Mapped.of(ColumnType.BOOLEAN);
      case "POINT" -> Mapped.of(ColumnType.POINT);
      case "LINE" -> Mapped.of(ColumnType.LINE);
      case "LSEG" -> Mapped.of(ColumnType.LSEG);
      case "BOX" -> Mapped.of(ColumnType.BOX);
      case "PATH" -> Mapped.of(ColumnType.PATH);
      case "POLYGON" -> Mapped.of(ColumnType.POLYGON);
      case "CIRCLE" -> Mapped.of(ColumnType.CIRCLE);
      case "CIDR" -> Mapped.of(ColumnType.CIDR);
      case "INET" -> Mapped.of(ColumnType.INET);
      case "MACADDR" -> Mapped.of(ColumnType.MACADDR);
      case "MACADDR8" -> Mapped.of(ColumnType.MACADDR8);
      case "BIT" -> sized(ColumnType.BIT, args);
      case "BIT VARYING", "VARBIT" -> sized(ColumnType.VARBIT, args);
      case "TSVECTOR" -> Mapped.of(ColumnType.TSVECTOR);
      case "TSQUERY" -> Mapped.of(ColumnType.TSQUERY);
      case "JSON" -> Mapped.of(ColumnType.JSON);
      case "JSONB" -> Mapped.of(ColumnType.JSONB);
      case "UUID" -> Mapped.of(ColumnType.UUID);
      case "XML" -> Mapped.of(ColumnType.XML);
      case "VECTOR" -> Mapped.of(ColumnType.VECTOR).dimension(number(args, 0));
      case "HALFVEC" -> Mapped.of(ColumnType.HALFVEC).dimension(number(args, 0));
      case "SPARSEVEC" -> Mapped.of(ColumnType.SPARSEVEC).dimension(number(args, 0));
      case "INTERVAL" -> Mapped.of(ColumnType.INTERVAL);
      default -> {
        if (words.startsWith("INTERVAL ")) {
          yield Mapped.of(ColumnType.INTERVAL)
              .note("the interval fields " + words.substring(9) + " are not kept");
        }
        if (enumTypes.contains(Draft.key(declared.written()))) {
          yield new Mapped(
              ColumnType.ENUM,
              Option.none(),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.of(declared.written()),
              Option.none(),
              Option.none());
        }
        yield unknown(declared);
      }
    };
  }

  private static Mapped mysql(Declared declared) {
    var words = declared.words();
    var unsigned = words.contains(" UNSIGNED") || words.contains(" ZEROFILL");
    words = words.replace(" UNSIGNED", "").replace(" ZEROFILL", "").replace(" SIGNED", "");
    var args = declared.arguments();
    var mapped =
        switch (words) {
          case "TINYINT" ->
              args.equals(List.of("1"))
                  ? Mapped.of(ColumnType.BOOLEAN)
                  : Mapped.of(ColumnType.SMALLINT).note("TINYINT is imported as SMALLINT");
          case "BOOL", "BOOLEAN" -> Mapped.of(ColumnType.BOOLEAN);
          case "SMALLINT" -> Mapped.of(ColumnType.SMALLINT);
          case "MEDIUMINT" ->
              Mapped.of(ColumnType.INTEGER).note("MEDIUMINT is imported as INTEGER");
          case "INT", "INTEGER" -> Mapped.of(ColumnType.INTEGER);
          case "BIGINT" -> Mapped.of(ColumnType.BIGINT);
          case "SERIAL" -> Mapped.of(ColumnType.BIGSERIAL);
          case "DECIMAL", "DEC", "FIXED" -> decimal(ColumnType.DECIMAL, args);
          case "NUMERIC" -> decimal(ColumnType.NUMERIC, args);
          case "FLOAT" -> Mapped.of(ColumnType.REAL);
          case "DOUBLE", "DOUBLE PRECISION", "REAL" -> Mapped.of(ColumnType.DOUBLE_PRECISION);
          case "CHAR", "CHARACTER", "NCHAR", "NATIONAL CHAR" -> sized(ColumnType.CHAR, args);
          case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "NATIONAL VARCHAR" ->
              sized(ColumnType.VARCHAR, args);
          case "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "LONG", "LONG VARCHAR" ->
              Mapped.of(ColumnType.TEXT);
          case "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY", "VARBINARY" ->
              Mapped.of(ColumnType.BYTEA);
          case "DATE" -> Mapped.of(ColumnType.DATE);
          case "TIME" -> timed(ColumnType.TIME, declared, 6);
          case "DATETIME", "TIMESTAMP" -> timed(ColumnType.TIMESTAMP, declared, 6);
          case "YEAR" -> Mapped.of(ColumnType.SMALLINT).note("YEAR is imported as SMALLINT");
          case "JSON" -> Mapped.of(ColumnType.JSON);
          case "UUID" -> Mapped.of(ColumnType.UUID);
          case "INET4", "INET6" -> Mapped.of(ColumnType.INET);
          case "BIT" -> sized(ColumnType.BIT, args);
          case "ENUM" ->
              new Mapped(
                  ColumnType.ENUM,
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.none(),
                  Option.of(List.copyOf(args)),
                  Option.none());
          case "SET" -> Mapped.of(ColumnType.TEXT).note("SET(…) is imported as TEXT");
          default -> unknown(declared);
        };
    return unsigned ? mapped.note("UNSIGNED/ZEROFILL is not kept") : mapped;
  }

  /** SQLite: the names DBKeep's export writes and common ones first, then SQLite's affinity. */
  private static Mapped sqlite(Declared declared) {
    var words = declared.words();
    var args = declared.arguments();
    return switch (words) {
      case "" -> Mapped.of(ColumnType.BYTEA).note("a column without a type has BLOB affinity");
      case "INTEGER", "INT" -> Mapped.of(ColumnType.INTEGER);
      case "SMALLINT", "INT2", "TINYINT" -> Mapped.of(ColumnType.SMALLINT);
      case "BIGINT", "INT8", "UNSIGNED BIG INT" -> Mapped.of(ColumnType.BIGINT);
      case "REAL" -> Mapped.of(ColumnType.REAL);
      case "DOUBLE PRECISION", "DOUBLE" -> Mapped.of(ColumnType.DOUBLE_PRECISION);
      case "FLOAT" -> Mapped.of(ColumnType.FLOAT);
      case "TEXT", "CLOB" -> Mapped.of(ColumnType.TEXT);
      case "BLOB" -> Mapped.of(ColumnType.BYTEA);
      case "CHAR", "CHARACTER", "NCHAR", "NATIVE CHARACTER" -> sized(ColumnType.CHAR, args);
      case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "VARYING CHARACTER" ->
          sized(ColumnType.VARCHAR, args);
      case "DECIMAL" -> decimal(ColumnType.DECIMAL, args);
      case "NUMERIC" -> decimal(ColumnType.NUMERIC, args);
      case "BOOLEAN", "BOOL" -> Mapped.of(ColumnType.BOOLEAN);
      case "DATE" -> Mapped.of(ColumnType.DATE);
      case "DATETIME", "TIMESTAMP" -> Mapped.of(ColumnType.TIMESTAMP);
      case "TIME" -> Mapped.of(ColumnType.TIME);
      case "UUID" -> Mapped.of(ColumnType.UUID);
      case "JSON" -> Mapped.of(ColumnType.JSON);
      default -> affinity(declared);
    };
  }

  /** SQLite's rules (section 3.1 of its datatype page), in their order. */
  private static Mapped affinity(Declared declared) {
    var words = declared.words();
    var note = "the declared type " + declared.written() + " is imported by SQLite's affinity as ";
    if (words.contains("INT")) {
      return Mapped.of(ColumnType.INTEGER).note(note + "INTEGER");
    }
    if (words.contains("CHAR") || words.contains("CLOB") || words.contains("TEXT")) {
      return Mapped.of(ColumnType.TEXT).note(note + "TEXT");
    }
    if (words.contains("BLOB")) {
      return Mapped.of(ColumnType.BYTEA).note(note + "BYTEA");
    }
    if (words.contains("REAL") || words.contains("FLOA") || words.contains("DOUB")) {
      return Mapped.of(ColumnType.DOUBLE_PRECISION).note(note + "DOUBLE PRECISION");
    }
    return Mapped.of(ColumnType.NUMERIC).note(note + "NUMERIC");
  }

  private static Mapped unknown(Declared declared) {
    return Mapped.of(ColumnType.TEXT)
        .note("the type " + declared.written() + " is not a DBKeep type; it is imported as TEXT");
  }

  private static Mapped sized(ColumnType type, List<String> args) {
    return Mapped.of(type).length(number(args, 0));
  }

  private static Mapped decimal(ColumnType type, List<String> args) {
    return Mapped.of(type).precision(number(args, 0), number(args, 1));
  }

  /** TIME/TIMESTAMP: a fractional-second precision other than the engine's usual is noted. */
  private static Mapped timed(ColumnType type, Declared declared, int usual) {
    var mapped = Mapped.of(type);
    var precision = number(declared.arguments(), 0);
    if (precision.isDefined() && precision.get() != usual) {
      return mapped.note(
          "the fractional-second precision ("
              + precision.get()
              + ") of "
              + declared.written().toLowerCase(Locale.ROOT)
              + " is not kept");
    }
    return mapped;
  }

  private static boolean isWhole(String argument) {
    try {
      Integer.parseInt(argument.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Option<Integer> number(List<String> args, int index) {
    if (index >= args.size()) {
      return Option.none();
    }
    try {
      return Option.of(Integer.parseInt(args.get(index).strip()));
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }
}
