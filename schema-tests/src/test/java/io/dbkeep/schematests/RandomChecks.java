package io.dbkeep.schematests;

import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Adds random CHECK constraints, valid on every engine, to a document: comparisons, IN lists,
 * BETWEEN, LIKE, IS NULL, arithmetic and the subset's functions over the table's number, text,
 * boolean, enum and date columns, nested up to three levels, with names (unicode, mixed case,
 * quotes) or without. Columns MySQL refuses in checks (AUTO_INCREMENT, changed by a foreign key's
 * action) are left out. A second {@link Random} keeps {@link RandomDocuments}' sequence (and so the
 * golden recordings) unchanged.
 */
final class RandomChecks {

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
          ColumnType.FLOAT);
  private static final Set<ColumnType> TEXTS =
      EnumSet.of(ColumnType.CHAR, ColumnType.VARCHAR, ColumnType.TEXT);
  private static final List<String> STRINGS =
      List.of("a", "it's", "Ünï", "名前", "%x_", "", "--", ";", "\"q\"", "a b");
  private static final List<String> NAMES =
      List.of("ck", "Check Me", "名前_ck", "\"quoted\"", "select", "x");

  private final Random random;
  private final SchemaDocument document;
  private final Set<String> usedNames = new HashSet<>();
  private List<String> numbers;
  private List<String> texts;
  private List<String> booleans;
  private List<Column> enums;
  private List<String> dates;
  private List<String> any;

  private RandomChecks(SchemaDocument document, long seed) {
    this.document = document;
    this.random = new Random(seed * 31 + 7);
  }

  static SchemaDocument add(SchemaDocument document, long seed) {
    return new RandomChecks(document, seed).add();
  }

  private SchemaDocument add() {
    var tables = new ArrayList<Table>();
    for (var table : document.tables()) {
      tables.add(random.nextInt(3) == 0 ? table : withChecks(table));
    }
    return new SchemaDocument(
        document.formatVersion(),
        tables,
        document.relations(),
        document.groups(),
        document.notes(),
        document.enums(),
        document.extra());
  }

  private Table withChecks(Table table) {
    numbers = new ArrayList<>();
    texts = new ArrayList<>();
    booleans = new ArrayList<>();
    enums = new ArrayList<>();
    dates = new ArrayList<>();
    any = new ArrayList<>();
    for (var column : table.columns()) {
      if (column.type().isSerial() || changedByAction(table, column)) {
        continue;
      }
      var name = quote(column.name());
      any.add(name);
      if (NUMBERS.contains(column.type())) {
        numbers.add(name);
      } else if (TEXTS.contains(column.type())) {
        texts.add(name);
      } else if (column.type() == ColumnType.BOOLEAN) {
        booleans.add(name);
      } else if (column.type() == ColumnType.ENUM
          && column.enumId().flatMap(document::enumType).isDefined()) {
        enums.add(column);
      } else if (column.type() == ColumnType.DATE) {
        dates.add(name);
      }
    }
    if (any.isEmpty()) {
      return table;
    }
    var checks = new ArrayList<Check>();
    var count = 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      var check = Check.of("ck" + k, condition(3));
      if (random.nextBoolean()) {
        var name = NAMES.get(random.nextInt(NAMES.size())) + "_" + table.id().hashCode() % 1000 + k;
        if (usedNames.add(name.toLowerCase())) {
          check = check.withName(name);
        }
      }
      checks.add(check);
    }
    return table.withChecks(checks);
  }

  private boolean changedByAction(Table table, Column column) {
    return document.relations().stream()
        .anyMatch(
            r ->
                r.type() != RelationType.MANY_TO_MANY
                    && r.sourceTableId().equals(table.id())
                    && r.sourceColumnIds().contains(column.id())
                    && (changes(r.onDelete().getOrNull()) || changes(r.onUpdate().getOrNull())));
  }

  private static boolean changes(ReferentialAction action) {
    return action == ReferentialAction.CASCADE || action == ReferentialAction.SET_NULL;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private String condition(int depth) {
    var choice = random.nextInt(depth > 0 ? 10 : 7);
    switch (choice) {
      case 0:
        return pick(any) + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
      case 1:
        if (!numbers.isEmpty() || !texts.isEmpty()) {
          var numeric = texts.isEmpty() || (!numbers.isEmpty() && random.nextBoolean());
          var op = List.of("=", "<>", "!=", "<", "<=", ">", ">=").get(random.nextInt(7));
          return numeric
              ? number(depth) + " " + op + " " + number(depth)
              : text(depth) + " " + op + " " + text(depth);
        }
        break;
      case 2:
        if (!booleans.isEmpty()) {
          return random.nextBoolean() ? pick(booleans) : pick(booleans) + " = TRUE";
        }
        break;
      case 3:
        if (!enums.isEmpty()) {
          var column = enums.get(random.nextInt(enums.size()));
          var values = document.enumType(column.enumId().get()).get().values();
          var list = new StringBuilder();
          for (var value : values) {
            if (list.length() == 0 || random.nextBoolean()) {
              list.append(list.length() == 0 ? "" : ", ").append(literal(value));
            }
          }
          return quote(column.name())
              + (random.nextBoolean() ? " IN (" + list + ")" : " <> " + literal(values.get(0)));
        }
        break;
      case 4:
        if (!numbers.isEmpty()) {
          return pick(numbers)
              + (random.nextBoolean() ? " NOT" : "")
              + " BETWEEN "
              + literalNumber()
              + " AND "
              + literalNumber();
        }
        break;
      case 5:
        if (!texts.isEmpty()) {
          return text(depth)
              + (random.nextBoolean() ? " NOT LIKE " : " LIKE ")
              + literal(pick(STRINGS) + "%");
        }
        break;
      case 6:
        if (dates.size() > 0) {
          return pick(dates) + " <= " + pick(dates);
        }
        if (!numbers.isEmpty()) {
          return pick(numbers) + " IN (" + literalNumber() + ", " + literalNumber() + ")";
        }
        break;
      case 7:
        return "NOT (" + condition(depth - 1) + ")";
      case 8:
        return "(" + condition(depth - 1) + ") AND " + condition(depth - 1);
      default:
        return condition(depth - 1) + " OR (" + condition(depth - 1) + ")";
    }
    return pick(any) + " IS NOT NULL";
  }

  private String number(int depth) {
    switch (random.nextInt(depth > 0 ? 6 : 3)) {
      case 0:
      case 1:
        return numbers.isEmpty() ? literalNumber() : pick(numbers);
      case 2:
        return literalNumber();
      case 3:
        return "abs(" + number(depth - 1) + ")";
      case 4:
        return texts.isEmpty() ? literalNumber() : "char_length(" + text(depth - 1) + ")";
      default:
        return "("
            + number(depth - 1)
            + List.of(" + ", " - ", " * ").get(random.nextInt(3))
            + number(depth - 1)
            + ")";
    }
  }

  private String text(int depth) {
    switch (random.nextInt(depth > 0 ? 4 : 2)) {
      case 0:
        return texts.isEmpty() ? literal(pick(STRINGS)) : pick(texts);
      case 1:
        return literal(pick(STRINGS));
      default:
        return List.of("lower", "upper", "trim").get(random.nextInt(3))
            + "("
            + text(depth - 1)
            + ")";
    }
  }

  private String literalNumber() {
    var whole = Long.toString(random.nextInt(100_000));
    var number = random.nextBoolean() ? whole : whole + "." + random.nextInt(100);
    return random.nextInt(4) == 0 ? "-" + number : number;
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
