package io.dbkeep.domain.schema.check;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckExpression.Between;
import io.dbkeep.domain.schema.check.CheckExpression.Binary;
import io.dbkeep.domain.schema.check.CheckExpression.BooleanLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.Call;
import io.dbkeep.domain.schema.check.CheckExpression.ColumnRef;
import io.dbkeep.domain.schema.check.CheckExpression.Function;
import io.dbkeep.domain.schema.check.CheckExpression.In;
import io.dbkeep.domain.schema.check.CheckExpression.IsNull;
import io.dbkeep.domain.schema.check.CheckExpression.Like;
import io.dbkeep.domain.schema.check.CheckExpression.Negate;
import io.dbkeep.domain.schema.check.CheckExpression.Not;
import io.dbkeep.domain.schema.check.CheckExpression.NullLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.NumberLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.StringLiteral;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a parsed CHECK expression means for its table, checked cheaply: every name is a column of
 * the table (exactly as written), and every operator gets operands it takes on all three engines —
 * numbers with numbers, text with text, booleans with booleans, an enum with its own values, dates
 * and times and UUIDs only with columns of the same type; AND, OR, NOT and the whole expression
 * want a condition; {@code = NULL} is refused for {@code IS NULL}. Each problem names its column in
 * the text. Pure and thread-safe.
 */
public final class CheckTypes {

  private static final Set<ColumnType> NUMBERS =
      EnumSet.of(
          ColumnType.SMALLINT,
          ColumnType.INT,
          ColumnType.INTEGER,
          ColumnType.BIGINT,
          ColumnType.DECIMAL,
          ColumnType.NUMERIC,
          ColumnType.REAL,
          ColumnType.DOUBLE_PRECISION,
          ColumnType.FLOAT,
          ColumnType.SMALLSERIAL,
          ColumnType.SERIAL,
          ColumnType.BIGSERIAL);

  private static final Set<ColumnType> TEXTS =
      EnumSet.of(ColumnType.CHAR, ColumnType.VARCHAR, ColumnType.TEXT);

  /** Types whose columns compare with columns of the same type on every engine. */
  private static final Set<ColumnType> ORDERED =
      EnumSet.of(
          ColumnType.DATE,
          ColumnType.TIME,
          ColumnType.TIMESTAMP,
          ColumnType.TIMESTAMPTZ,
          ColumnType.UUID);

  private enum Family {
    NUMBER,
    TEXT,
    BOOLEAN,
    NULL,
    ENUM,
    ORDERED,
    OPAQUE
  }

  /** The kind of a sub-expression; {@code literal} for a string literal (may meet an enum). */
  private record Kind(Family family, String detail, List<String> values, String literal) {
    static Kind of(Family family) {
      return new Kind(family, "", List.of(), null);
    }

    String describe() {
      return switch (family) {
        case NUMBER -> "a number";
        case TEXT -> literal != null ? "a string" : "text";
        case BOOLEAN -> "a condition";
        case NULL -> "NULL";
        case ENUM -> "the enum " + detail;
        case ORDERED, OPAQUE -> "a " + detail + " value";
      };
    }
  }

  private static final Kind NUMBER = Kind.of(Family.NUMBER);
  private static final Kind TEXT = Kind.of(Family.TEXT);
  private static final Kind BOOLEAN = Kind.of(Family.BOOLEAN);

  private final Table table;
  private final SchemaDocument document;
  private final List<CheckProblem> problems = new ArrayList<>();

  private CheckTypes(Table table, SchemaDocument document) {
    this.table = table;
    this.document = document;
  }

  /** The problems of {@code expression} as a CHECK of {@code table}; empty when it is sound. */
  public static List<CheckProblem> problems(
      CheckExpression expression, Table table, SchemaDocument document) {
    var types = new CheckTypes(table, document);
    var kind = types.kind(expression);
    if (kind != null && kind.family() != Family.BOOLEAN) {
      types.problem(at(expression), "a check must be a condition, not " + kind.describe());
    }
    return List.copyOf(types.problems);
  }

  /** The names of the columns {@code expression} refers to, in the order they first appear. */
  public static Set<String> columnNames(CheckExpression expression) {
    var names = new LinkedHashSet<String>();
    collect(expression, names);
    return names;
  }

  private static void collect(CheckExpression expression, Set<String> names) {
    if (expression instanceof ColumnRef column) {
      names.add(column.name());
    } else if (expression instanceof Not not) {
      collect(not.operand(), names);
    } else if (expression instanceof Negate negate) {
      collect(negate.operand(), names);
    } else if (expression instanceof Binary binary) {
      collect(binary.left(), names);
      collect(binary.right(), names);
    } else if (expression instanceof IsNull isNull) {
      collect(isNull.operand(), names);
    } else if (expression instanceof In in) {
      collect(in.operand(), names);
    } else if (expression instanceof Between between) {
      collect(between.operand(), names);
      collect(between.low(), names);
      collect(between.high(), names);
    } else if (expression instanceof Like like) {
      collect(like.operand(), names);
    } else if (expression instanceof Call call) {
      call.arguments().forEach(argument -> collect(argument, names));
    }
  }

  private void problem(int at, String message) {
    problems.add(new CheckProblem(at, message));
  }

  /** The kind of {@code expression}, or null when a problem inside it was reported already. */
  private Kind kind(CheckExpression expression) {
    if (expression instanceof ColumnRef column) {
      return column(column);
    }
    if (expression instanceof NumberLiteral) {
      return NUMBER;
    }
    if (expression instanceof StringLiteral string) {
      return new Kind(Family.TEXT, "", List.of(), string.value());
    }
    if (expression instanceof BooleanLiteral) {
      return BOOLEAN;
    }
    if (expression instanceof NullLiteral) {
      return Kind.of(Family.NULL);
    }
    if (expression instanceof Not not) {
      return condition(not.operand(), "NOT") ? BOOLEAN : null;
    }
    if (expression instanceof Negate negate) {
      var operand = kind(negate.operand());
      if (operand != null && operand.family() != Family.NUMBER) {
        problem(negate.at(), "minus takes a number, not " + operand.describe());
        return null;
      }
      return operand == null ? null : NUMBER;
    }
    if (expression instanceof Binary binary) {
      return binary(binary);
    }
    if (expression instanceof IsNull isNull) {
      return kind(isNull.operand()) == null ? null : BOOLEAN;
    }
    if (expression instanceof In in) {
      var operand = kind(in.operand());
      var sound = operand != null;
      for (var value : in.values()) {
        var valueKind = kind(value);
        if (sound && valueKind != null && !comparable(operand, valueKind, false, at(value))) {
          sound = false;
        }
      }
      return sound ? BOOLEAN : null;
    }
    if (expression instanceof Between between) {
      var operand = kind(between.operand());
      var low = kind(between.low());
      var high = kind(between.high());
      if (operand == null || low == null || high == null) {
        return null;
      }
      return comparable(operand, low, true, at(between.low()))
              && comparable(operand, high, true, at(between.high()))
          ? BOOLEAN
          : null;
    }
    if (expression instanceof Like like) {
      var operand = kind(like.operand());
      if (operand != null && operand.family() != Family.TEXT) {
        problem(like.at(), "LIKE takes text, not " + operand.describe());
        return null;
      }
      return operand == null ? null : BOOLEAN;
    }
    if (expression instanceof Call call) {
      var argument = kind(call.arguments().get(0));
      if (argument == null) {
        return null;
      }
      var wanted = call.function() == Function.ABS ? Family.NUMBER : Family.TEXT;
      if (argument.family() != wanted) {
        problem(
            call.at(),
            call.function().name().toLowerCase(java.util.Locale.ROOT)
                + " takes "
                + (wanted == Family.NUMBER ? "a number" : "text")
                + ", not "
                + argument.describe());
        return null;
      }
      return call.function() == Function.LENGTH || call.function() == Function.ABS ? NUMBER : TEXT;
    }
    throw new IllegalArgumentException("unknown node " + expression);
  }

  private Kind column(ColumnRef reference) {
    Column found = null;
    Column sameLetters = null;
    for (var column : table.columns()) {
      if (column.name().equals(reference.name())) {
        found = column;
      } else if (column.name().equalsIgnoreCase(reference.name())) {
        sameLetters = column;
      }
    }
    if (found == null) {
      problem(
          reference.at(),
          "table \""
              + table.name()
              + "\" has no column \""
              + reference.name()
              + "\""
              + (sameLetters == null
                  ? ""
                  : " (names are exact: did you mean \"" + sameLetters.name() + "\"?)"));
      return null;
    }
    var type = found.type();
    if (NUMBERS.contains(type)) {
      return NUMBER;
    }
    if (TEXTS.contains(type)) {
      return TEXT;
    }
    if (type == ColumnType.BOOLEAN) {
      return BOOLEAN;
    }
    if (type == ColumnType.ENUM) {
      var enumType = found.enumId().flatMap(document::enumType);
      return new Kind(
          Family.ENUM,
          enumType.map(e -> e.name()).getOrElse("?"),
          enumType.map(e -> e.values()).getOrElse(List.of()),
          null);
    }
    return new Kind(
        ORDERED.contains(type) ? Family.ORDERED : Family.OPAQUE, type.wireName(), List.of(), null);
  }

  private boolean condition(CheckExpression operand, String operator) {
    var kind = kind(operand);
    if (kind == null) {
      return false;
    }
    if (kind.family() != Family.BOOLEAN) {
      problem(at(operand), operator + " takes conditions, not " + kind.describe());
      return false;
    }
    return true;
  }

  private Kind binary(Binary binary) {
    var operator = binary.operator();
    if (operator.isLogical()) {
      var left = condition(binary.left(), operator.sql());
      var right = condition(binary.right(), operator.sql());
      return left && right ? BOOLEAN : null;
    }
    var left = kind(binary.left());
    var right = kind(binary.right());
    if (left == null || right == null) {
      return null;
    }
    if (operator.isArithmetic()) {
      if (left.family() != Family.NUMBER || right.family() != Family.NUMBER) {
        problem(
            binary.at(),
            operator.sql()
                + " takes numbers, not "
                + (left.family() != Family.NUMBER ? left : right).describe());
        return null;
      }
      return NUMBER;
    }
    var ordering =
        operator != CheckExpression.Operator.EQ && operator != CheckExpression.Operator.NE;
    return comparable(left, right, ordering, binary.at()) ? BOOLEAN : null;
  }

  private boolean comparable(Kind left, Kind right, boolean ordering, int at) {
    if (left.family() == Family.NULL || right.family() == Family.NULL) {
      problem(at, "nothing compares with NULL: write IS NULL or IS NOT NULL");
      return false;
    }
    if (left.family() == Family.ENUM || right.family() == Family.ENUM) {
      var enumKind = left.family() == Family.ENUM ? left : right;
      var other = enumKind == left ? right : left;
      if (ordering) {
        problem(at, "enum values are compared with = and <> only (engines order them differently)");
        return false;
      }
      if (other.family() == Family.ENUM && other.detail().equals(enumKind.detail())) {
        return true;
      }
      if (other.literal() != null) {
        if (enumKind.values().contains(other.literal())) {
          return true;
        }
        problem(at, "'" + other.literal() + "' is not a value of the enum " + enumKind.detail());
        return false;
      }
      problem(at, "cannot compare " + enumKind.describe() + " with " + other.describe());
      return false;
    }
    if (left.family() == Family.OPAQUE || right.family() == Family.OPAQUE) {
      problem(
          at,
          (left.family() == Family.OPAQUE ? left : right).describe()
              + " cannot be compared in a check (IS NULL only)");
      return false;
    }
    if (left.family() != right.family()
        || (left.family() == Family.ORDERED && !left.detail().equals(right.detail()))) {
      problem(at, "cannot compare " + left.describe() + " with " + right.describe());
      return false;
    }
    return true;
  }

  private static int at(CheckExpression expression) {
    if (expression instanceof ColumnRef e) {
      return e.at();
    } else if (expression instanceof NumberLiteral e) {
      return e.at();
    } else if (expression instanceof StringLiteral e) {
      return e.at();
    } else if (expression instanceof BooleanLiteral e) {
      return e.at();
    } else if (expression instanceof NullLiteral e) {
      return e.at();
    } else if (expression instanceof Not e) {
      return e.at();
    } else if (expression instanceof Negate e) {
      return e.at();
    } else if (expression instanceof Binary e) {
      return at(e.left());
    } else if (expression instanceof IsNull e) {
      return at(e.operand());
    } else if (expression instanceof In e) {
      return at(e.operand());
    } else if (expression instanceof Between e) {
      return at(e.operand());
    } else if (expression instanceof Like e) {
      return at(e.operand());
    } else if (expression instanceof Call e) {
      return e.at();
    }
    return 0;
  }
}
