package io.dbkeep.adapter.out.dbml;

import io.dbkeep.adapter.out.dbml.DbmlModel.QualifiedName;
import io.dbkeep.adapter.out.dbml.DbmlModel.Setting;
import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Group;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.Note;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.check.CheckProblem;
import io.dbkeep.domain.schema.check.CheckRenderer;
import io.dbkeep.domain.schema.check.CheckTypes;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what the parser read into document elements: ids (deterministic: {@code t1}, {@code c1},
 * {@code e1} … in text order), types, settings, enums, groups and notes; every setting the document
 * cannot hold becomes a warning with its line. References are resolved by {@link DbmlRefs}.
 */
final class DbmlResolver {

  final List<ImportWarning> warnings = new ArrayList<>();
  final List<Table> tables = new ArrayList<>();
  final List<EnumType> enums = new ArrayList<>();
  final List<Group> groups = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();

  /** Tables by {@code schema.name} and by alias, lower-cased; the first of a name wins. */
  final Map<String, Integer> tableIndex = new HashMap<>();

  private final Map<String, String> enumIds = new HashMap<>();

  void warn(int line, String code, String message) {
    warnings.add(new ImportWarning(Math.max(1, line), code, message));
  }

  static String key(QualifiedName name) {
    var schema = name.schema() == null ? "public" : name.schema();
    return (schema + "." + name.name()).toLowerCase(Locale.ROOT);
  }

  void enums(List<DbmlModel.Enum> parsed) {
    for (var enumeration : parsed) {
      var id = "e" + (enums.size() + 1);
      var values = new ArrayList<String>();
      for (var value : enumeration.values()) {
        values.add(value.value());
        for (var setting : value.settings()) {
          warn(
              value.line(),
              setting.key().equals("note") ? "ENUM_VALUE_NOTE_IGNORED" : "ENUM_SETTING_IGNORED",
              "the " + setting.key() + " of enum value '" + value.value() + "' is not kept");
        }
      }
      schemaWarning(enumeration.name(), "enum");
      enums.add(EnumType.of(id, enumeration.name().name(), values));
      enumIds.putIfAbsent(key(enumeration.name()), id);
    }
  }

  void tables(List<DbmlModel.Table> parsed) {
    for (var table : parsed) {
      var id = "t" + (tables.size() + 1);
      var name = table.name();
      schemaWarning(name, "table");
      var extra = JsonObject.empty();
      if (table.alias() != null) {
        extra = extra.with("dbmlAlias", new JsonString(table.alias()));
      }
      Option<String> color = Option.none();
      Option<String> comment = Option.of(table.note());
      for (var setting : table.settings()) {
        switch (setting.key()) {
          case "headercolor" -> color = Option.of(setting.valueText());
          case "note" -> {
            if (comment.isEmpty()) {
              comment = Option.of(setting.valueText());
            } else {
              warn(
                  setting.line(),
                  "TABLE_SETTING_IGNORED",
                  "table " + name.display() + " has two notes; the one in its body is kept");
            }
          }
          default -> ignored(setting, "TABLE_SETTING_IGNORED", "table " + name.display());
        }
      }
      var columns = new ArrayList<Column>();
      for (var column : table.columns()) {
        columns.add(column(column, "c" + (columns.size() + 1), name));
      }
      var indexes = new ArrayList<Index>();
      for (var index : table.indexes()) {
        index(index, "i" + (indexes.size() + 1), name, columns).forEach(indexes::add);
      }
      var built =
          new Table(
              id,
              name.name(),
              color,
              Option.none(),
              Option.none(),
              columns,
              indexes,
              comment,
              extra);
      tables.add(built.withChecks(checks(table, built)));
      var previous = tableIndex.putIfAbsent(key(name), tables.size() - 1);
      if (previous != null) {
        warn(
            table.line(),
            "DUPLICATE_TABLE",
            "table " + name.display() + " is defined twice; references go to the first");
      }
      if (table.alias() != null) {
        tableIndex.putIfAbsent(
            "alias:" + table.alias().toLowerCase(Locale.ROOT), tables.size() - 1);
      }
    }
  }

  /**
   * The table's checks: its {@code checks} block, then its columns' {@code check} settings, each an
   * expression of the neutral subset (ADR 127) over the table's columns; what is not is a warning.
   */
  private List<Check> checks(DbmlModel.Table parsed, Table table) {
    var entries = new ArrayList<DbmlModel.CheckEntry>(parsed.checks());
    for (var column : parsed.columns()) {
      for (var setting : column.settings()) {
        if (setting.key().equals("check")) {
          entries.add(new DbmlModel.CheckEntry(setting.valueText(), List.of(), setting.line()));
        }
      }
    }
    var context = SchemaDocument.of(List.of(table), List.of()).withEnums(enums);
    var checks = new ArrayList<Check>();
    for (var entry : entries) {
      Option<String> name = Option.none();
      for (var setting : entry.settings()) {
        if (setting.key().equals("name")) {
          name = Option.of(setting.valueText());
        } else {
          ignored(setting, "CHECK_SETTING_IGNORED", "a check of table " + table.name());
        }
      }
      var parsedCheck = CheckParser.parse(entry.expression());
      var problem =
          parsedCheck.isLeft()
              ? Option.of(parsedCheck.getLeft().describe())
              : Option.ofOptional(
                  CheckTypes.problems(parsedCheck.get(), table, context).stream()
                      .findFirst()
                      .map(CheckProblem::describe));
      if (problem.isDefined()) {
        warn(
            entry.line(),
            "CHECK_NOT_KEPT",
            "table "
                + table.name()
                + ": check `"
                + entry.expression()
                + "` is not kept ("
                + problem.get()
                + ")");
        continue;
      }
      checks.add(
          new Check(
              "k" + (checks.size() + 1),
              name,
              CheckRenderer.neutral(parsedCheck.get()),
              JsonObject.empty()));
    }
    return checks;
  }

  private Column column(DbmlModel.Column parsed, String id, QualifiedName table) {
    var where = "column " + table.display() + "." + parsed.name();
    var builder = Column.builder(id, parsed.name(), ColumnType.TEXT);
    type(parsed, builder, where);
    boolean increment = false;
    Boolean nullable = null;
    boolean primaryKey = false;
    for (var setting : parsed.settings()) {
      switch (setting.key()) {
        case "pk", "primary key" -> primaryKey = true;
        case "increment" -> increment = true;
        case "not null" -> nullable = false;
        case "null" -> nullable = true;
        case "unique" -> builder.unique();
        case "note" -> builder.comment(setting.valueText());
        case "default" -> builder.defaultValue(defaultValue(setting));
        case "ref" -> {} // resolved with the other references
        case "check" -> {} // a check of the table, read with its checks
        default -> ignored(setting, "COLUMN_SETTING_IGNORED", where);
      }
    }
    var column = builder.primaryKey(primaryKey).build();
    if (increment) {
      var serial = DbmlTypes.withIncrement(column.type());
      if (serial.isDefined()) {
        builder.type(serial.get());
      } else {
        warn(
            parsed.line(),
            "INCREMENT_IGNORED",
            where + ": increment needs an integer type, not " + column.type().wireName());
      }
    }
    builder.nullable(nullable != null ? nullable : !primaryKey);
    return builder.build();
  }

  private void type(DbmlModel.Column parsed, Column.Builder builder, String where) {
    var type = parsed.type();
    var enumId = enumIds.get(key(type.name()));
    if (type.array()) {
      warn(parsed.line(), "TYPE_ARRAY_IGNORED", where + ": arrays are not kept (" + where + ")");
    }
    if (enumId != null) {
      builder.type(ColumnType.ENUM).enumId(enumId);
      return;
    }
    var known = DbmlTypes.parse(type.name().display());
    if (known.isEmpty()) {
      known = DbmlTypes.parse(type.name().name());
    }
    if (known.isEmpty()) {
      warn(
          parsed.line(),
          "TYPE_UNKNOWN",
          where + ": type '" + type.name().display() + "' is not known; read as TEXT");
      builder.extra(JsonObject.empty().with("dbmlType", new JsonString(type.name().display())));
      return;
    }
    var columnType = known.get();
    builder.type(columnType);
    var arguments = type.arguments();
    try {
      if (columnType.takesLength() && arguments.size() == 1) {
        builder.length(Integer.parseInt(arguments.get(0)));
        return;
      }
      if (columnType.takesPrecision() && !arguments.isEmpty() && arguments.size() <= 2) {
        if (arguments.size() == 2) {
          builder.precision(Integer.parseInt(arguments.get(0)), Integer.parseInt(arguments.get(1)));
        } else {
          builder.precision(Integer.parseInt(arguments.get(0)));
        }
        return;
      }
      if (columnType.isVector() && arguments.size() == 1) {
        builder.dimension(Integer.parseInt(arguments.get(0)));
        return;
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the warning below
    }
    if (!arguments.isEmpty()) {
      warn(
          parsed.line(),
          "TYPE_ARGUMENTS_IGNORED",
          where
              + ": ("
              + String.join(", ", arguments)
              + ") is not kept for "
              + columnType.wireName());
    }
  }

  /** A DBML default as an SQL expression: strings quoted, numbers, booleans and null as written. */
  private static String defaultValue(Setting setting) {
    var token = setting.value();
    return switch (token.kind()) {
      case STRING, QUOTED -> "'" + token.text().replace("'", "''") + "'";
      case EXPRESSION -> token.text();
      default -> setting.valueText();
    };
  }

  private Option<Index> index(
      DbmlModel.Index parsed, String id, QualifiedName table, List<Column> columns) {
    var where = "an index of " + table.display();
    var columnIds = new ArrayList<String>();
    for (var part : parsed.parts()) {
      if (part.expression() != null) {
        warn(
            parsed.line(),
            "INDEX_EXPRESSION_IGNORED",
            where + " uses the expression `" + part.expression() + "`; the index is not kept");
        return Option.none();
      }
      var column = columns.stream().filter(c -> c.name().equals(part.column())).findFirst();
      if (column.isEmpty()) {
        warn(
            parsed.line(),
            "INDEX_COLUMN_NOT_FOUND",
            where + " names column " + part.column() + ", which the table does not have");
        return Option.none();
      }
      columnIds.add(column.get().id());
    }
    boolean unique = false;
    boolean primaryKey = false;
    Option<String> name = Option.none();
    for (var setting : parsed.settings()) {
      switch (setting.key()) {
        case "unique" -> unique = true;
        case "pk", "primary key" -> primaryKey = true;
        case "name" -> name = Option.of(setting.valueText());
        default -> ignored(setting, "INDEX_SETTING_IGNORED", where);
      }
    }
    if (primaryKey) {
      for (int i = 0; i < columns.size(); i++) {
        if (columnIds.contains(columns.get(i).id())) {
          columns.set(i, columns.get(i).toBuilder().primaryKey().build());
        }
      }
      if (name.isDefined()) {
        warn(parsed.line(), "INDEX_SETTING_IGNORED", where + ": a primary key's name is not kept");
      }
      return Option.none();
    }
    return Option.of(new Index(id, name, columnIds, unique, JsonObject.empty()));
  }

  void groups(List<DbmlModel.TableGroup> parsed) {
    for (var group : parsed) {
      var id = "g" + (groups.size() + 1);
      Option<String> color = Option.none();
      for (var setting : group.settings()) {
        if (setting.key().equals("color") || setting.key().equals("headercolor")) {
          color = Option.of(setting.valueText());
        } else {
          ignored(setting, "GROUP_SETTING_IGNORED", "table group " + group.name());
        }
      }
      if (group.note() != null) {
        warn(
            group.line(),
            "GROUP_NOTE_IGNORED",
            "the note of table group " + group.name() + " is not kept");
      }
      groups.add(
          new Group(id, group.name(), color, Option.none(), Option.none(), JsonObject.empty()));
      for (var member : group.tables()) {
        var index = tableIndex.get(key(member));
        if (index == null) {
          index = tableIndex.get("alias:" + member.name().toLowerCase(Locale.ROOT));
        }
        if (index == null) {
          warn(
              member.line(),
              "GROUP_TABLE_NOT_FOUND",
              "table group "
                  + group.name()
                  + " names table "
                  + member.display()
                  + ", which is not defined");
          continue;
        }
        var table = tables.get(index);
        tables.set(
            index,
            new Table(
                table.id(),
                table.name(),
                table.color(),
                table.position(),
                Option.of(id),
                table.columns(),
                table.indexes(),
                table.checks(),
                table.comment(),
                table.extra()));
      }
    }
  }

  void notes(List<DbmlModel.StickyNote> parsed) {
    for (var note : parsed) {
      for (var setting : note.settings()) {
        ignored(setting, "NOTE_SETTING_IGNORED", "note " + note.name());
      }
      notes.add(Note.of("n" + (notes.size() + 1), note.name(), note.content()));
    }
  }

  private void schemaWarning(QualifiedName name, String what) {
    if (name.schema() != null && !name.schema().equalsIgnoreCase("public")) {
      warn(
          name.line(),
          "SCHEMA_IGNORED",
          what + " " + name.display() + " is read as " + name.name() + " (schemas are not kept)");
    }
  }

  void ignored(Setting setting, String code, String where) {
    warn(setting.line(), code, where + ": setting '" + setting.key() + "' is not kept");
  }
}
