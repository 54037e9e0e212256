package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.sql.DefaultValue.Kind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Which defaults fit which column on which engine, and how each engine writes them. */
final class DefaultRules {

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?");
  private static final Pattern OFFSET = Pattern.compile("(Z|[+-]\\d{2}(:?\\d{2})?)");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(" + DATE.pattern() + ")[ T](" + TIME.pattern() + ")" + OFFSET.pattern() + "?");
  private static final Pattern TIME_WITH_OFFSET =
      Pattern.compile("(" + TIME.pattern() + ")" + OFFSET.pattern() + "?");
  private static final Pattern INTERVAL =
      Pattern.compile(
          "(?i)(P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)"
              + "|(([+-]?\\d+(\\.\\d+)?\\s*(microseconds?|milliseconds?|seconds?|minutes?|hours?|days?"
              + "|weeks?|months?|years?|decades?|centuries|century|millennia|millennium)\\s*)+)");
  private static final BigDecimal MAX_REAL = new BigDecimal("3.4e38");
  private static final BigDecimal MAX_DOUBLE = new BigDecimal("1.7e308");
  private static final DateTimeFormatter MYSQL_DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private DefaultRules() {}

  /** Why {@code value} cannot be the default of {@code column} on {@code dialect}'s engine. */
  static Option<Refusal> refusal(
      DefaultValue value, Column column, Option<EnumType> enumType, Dialect dialect) {
    var type = column.type();
    if (type.isSerial()) {
      return Option.of(
          new Refusal(
              "DEFAULT_NOT_SUPPORTED",
              type.wireName() + " columns generate their values and take no DEFAULT"));
    }
    if (value.kind() == Kind.NULL) {
      return column.nullable() && !column.primaryKey()
          ? Option.none()
          : Option.of(
              new Refusal(
                  "DEFAULT_INCOMPATIBLE", "DEFAULT NULL is not possible on a NOT NULL column"));
    }
    var fits =
        switch (type) {
          case SMALLINT -> integerIn(value, -32_768, 32_767);
          case INT, INTEGER -> integerIn(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
          case BIGINT -> integerIn(value, Long.MIN_VALUE, Long.MAX_VALUE);
          case DECIMAL, NUMERIC -> decimalFits(value, column, dialect);
          case REAL -> floatIn(value, MAX_REAL);
          case DOUBLE_PRECISION, FLOAT -> floatIn(value, MAX_DOUBLE);
          case MONEY ->
              value.kind() == Kind.NUMBER
                  && PLAIN_DECIMAL.matcher(value.text()).matches()
                  && value.number().scale() <= 2
                  && value.number().precision() - value.number().scale() <= 15;
          case BOOLEAN -> value.kind() == Kind.TRUE || value.kind() == Kind.FALSE;
          case CHAR -> textUpTo(value, column.length().getOrElse(1));
          case VARCHAR ->
              textUpTo(value, column.length().getOrElse(dialect.implicitVarcharLength()));
          case TEXT -> value.kind() == Kind.TEXT;
          case UUID ->
              value.kind() == Kind.RANDOM_UUID
                  || (value.kind() == Kind.TEXT && UUID.matcher(value.text()).matches());
          case JSON, JSONB -> value.kind() == Kind.TEXT && JsonSyntax.isValid(value.text());
          case ENUM ->
              value.kind() == Kind.TEXT
                  && enumType.map(e -> e.values().contains(value.text())).getOrElse(false);
          case DATE ->
              value.kind() == Kind.CURRENT_DATE
                  || value.kind() == Kind.CURRENT_TIMESTAMP
                  || (value.kind() == Kind.TEXT && date(value.text()));
          case TIME, TIMETZ ->
              value.kind() == Kind.CURRENT_TIME
                  || value.kind() == Kind.CURRENT_TIMESTAMP
                  || (value.kind() == Kind.TEXT && time(value.text(), type, dialect));
          case TIMESTAMP, TIMESTAMPTZ ->
              value.kind() == Kind.CURRENT_TIMESTAMP
                  || value.kind() == Kind.CURRENT_DATE
                  || (value.kind() == Kind.TEXT && timestamp(value.text(), type));
          case INTERVAL ->
              value.kind() == Kind.TEXT && INTERVAL.matcher(value.text().strip()).matches();
          default -> false;
        };
    if (fits) {
      return Option.none();
    }
    return Option.of(
        switch (type) {
          case BYTEA,
              POINT,
              LINE,
              LSEG,
              BOX,
              PATH,
              POLYGON,
              CIRCLE,
              CIDR,
              INET,
              MACADDR,
              MACADDR8,
              BIT,
              VARBIT,
              TSVECTOR,
              TSQUERY,
              XML,
              VECTOR,
              HALFVEC,
              SPARSEVEC ->
              new Refusal(
                  "DEFAULT_NOT_SUPPORTED",
                  "DBKeep writes no DEFAULT other than NULL for " + type.wireName() + " columns");
          default ->
              new Refusal(
                  "DEFAULT_INCOMPATIBLE",
                  "this DEFAULT does not fit a " + describe(column) + " column" + hint(type));
        });
  }

  /** The DEFAULT clause's expression for {@code value}, in {@code dialect}'s syntax. */
  static String render(DefaultValue value, Column column, MappedType mapped, Dialect dialect) {
    var type = column.type();
    return switch (value.kind()) {
      case NULL -> "NULL";
      case TRUE -> "TRUE";
      case FALSE -> "FALSE";
      case NUMBER -> value.text().startsWith("+") ? value.text().substring(1) : value.text();
      case TEXT -> {
        var text = normaliseText(value.text(), type, dialect);
        var literal = dialect.literal(text);
        yield mapped.expressionDefault() ? "(" + literal + ")" : literal;
      }
      case CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME ->
          dialect.clockDefault(clock(value.kind(), type), type);
      case RANDOM_UUID -> dialect.randomUuidDefault();
    };
  }

  /** Which clock a column of {@code type} takes for the clock default {@code kind}. */
  private static Kind clock(Kind kind, ColumnType type) {
    return switch (type) {
      case DATE -> Kind.CURRENT_DATE;
      case TIME, TIMETZ -> Kind.CURRENT_TIME;
      default -> kind == Kind.CURRENT_DATE ? Kind.CURRENT_DATE : Kind.CURRENT_TIMESTAMP;
    };
  }

  /**
   * Timestamps with 'T' get a space; where the engine keeps no time-zone offsets (MySQL), an offset
   * is converted to UTC.
   */
  private static String normaliseText(String text, ColumnType type, Dialect dialect) {
    if (type != ColumnType.TIMESTAMP && type != ColumnType.TIMESTAMPTZ) {
      return text;
    }
    var matcher = TIMESTAMP.matcher(text);
    if (!matcher.matches()) {
      return text;
    }
    var offset = text.substring(matcher.end(2));
    var local = matcher.group(1) + " " + matcher.group(2);
    if (!dialect.keepsTimeZoneOffsets() && !offset.isEmpty()) {
      var parsed = OffsetDateTime.of(LocalDateTime.parse(local.replace(' ', 'T')), offset(offset));
      return parsed.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(MYSQL_DATETIME);
    }
    return local + offset;
  }

  private static ZoneOffset offset(String text) {
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    var digits = text.substring(1).replace(":", "");
    var hours = Integer.parseInt(digits.substring(0, 2));
    var minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    var sign = text.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static boolean integerIn(DefaultValue value, long min, long max) {
    if (value.kind() != Kind.NUMBER || !INTEGER.matcher(value.text()).matches()) {
      return false;
    }
    var number = value.number();
    return number.compareTo(BigDecimal.valueOf(min)) >= 0
        && number.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static boolean decimalFits(DefaultValue value, Column column, Dialect dialect) {
    if (value.kind() != Kind.NUMBER || !PLAIN_DECIMAL.matcher(value.text()).matches()) {
      return false;
    }
    var precision = column.precision().orElse(dialect.implicitDecimalPrecision());
    if (precision.isEmpty()) {
      return true;
    }
    int p = precision.get();
    int s = column.scale().getOrElse(0);
    if (value.number().signum() == 0) {
      return true;
    }
    var number = value.number().stripTrailingZeros();
    var scale = Math.max(0, number.scale());
    var integerDigits = Math.max(0, number.precision() - number.scale());
    return scale <= s && integerDigits <= p - s;
  }

  private static boolean floatIn(DefaultValue value, BigDecimal max) {
    return value.kind() == Kind.NUMBER && value.number().abs().compareTo(max) <= 0;
  }

  private static boolean textUpTo(DefaultValue value, int length) {
    return value.kind() == Kind.TEXT
        && value.text().codePointCount(0, value.text().length()) <= length;
  }

  private static boolean date(String text) {
    if (!DATE.matcher(text).matches()) {
      return false;
    }
    try {
      var year = LocalDate.parse(text).getYear();
      return year >= 1000 && year <= 9999;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean time(String text, ColumnType type, Dialect dialect) {
    var matcher = TIME_WITH_OFFSET.matcher(text);
    if (!matcher.matches()) {
      return false;
    }
    var hasOffset = matcher.end(1) < text.length();
    if (hasOffset && (type == ColumnType.TIME || !dialect.keepsTimeZoneOffsets())) {
      return false;
    }
    return validTime(matcher.group(1))
        && (!hasOffset || validOffset(text.substring(matcher.end(1))));
  }

  private static boolean timestamp(String text, ColumnType type) {
    var matcher = TIMESTAMP.matcher(text);
    if (!matcher.matches() || !date(matcher.group(1)) || !validTime(matcher.group(2))) {
      return false;
    }
    var offset = text.substring(matcher.end(2));
    if (offset.isEmpty()) {
      return true;
    }
    return type == ColumnType.TIMESTAMPTZ && validOffset(offset);
  }

  private static boolean validTime(String text) {
    try {
      LocalTime.parse(text.length() == 5 ? text + ":00" : text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean validOffset(String text) {
    try {
      offset(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String describe(Column column) {
    return column.type().wireName()
        + column.length().map(n -> "(" + n + ")").getOrElse("")
        + (column.type().takesPrecision() ? PostgresDialect.precision(column) : "");
  }

  private static String hint(ColumnType type) {
    return switch (type) {
      case SMALLINT, INT, INTEGER, BIGINT -> " (use an integer within the type's range)";
      case DECIMAL, NUMERIC -> " (use a number within the precision and scale)";
      case BOOLEAN -> " (use TRUE or FALSE)";
      case CHAR, VARCHAR, TEXT -> " (use a quoted string that fits the length, such as 'text')";
      case UUID -> " (use gen_random_uuid() or a quoted UUID)";
      case JSON, JSONB -> " (use a quoted JSON text, such as '{}')";
      case ENUM -> " (use one of the enum's values, quoted)";
      case DATE -> " (use CURRENT_DATE or a quoted date such as '2024-01-31')";
      case TIME, TIMETZ -> " (use CURRENT_TIME or a quoted time such as '12:30:00')";
      case TIMESTAMP, TIMESTAMPTZ ->
          " (use now() or a quoted timestamp such as '2024-01-31 12:30:00')";
      case INTERVAL -> " (use a quoted interval such as '1 day' or 'P1D')";
      default -> "";
    };
  }
}
