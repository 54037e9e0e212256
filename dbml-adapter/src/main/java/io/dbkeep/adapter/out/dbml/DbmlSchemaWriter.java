package io.dbkeep.adapter.out.dbml;

import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a schema document as DBML that {@link DbmlSchemaReader} reads back into the same document
 * (up to ids, canvas positions and sizes). Total on every well-formed document: what cannot be
 * written (a relation to a table that does not exist) becomes a {@code //} comment line.
 * Deterministic: the same document gives the same bytes.
 */
public final class DbmlSchemaWriter implements SchemaTextWriter {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern SQL_STRING = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Za-z]+");

  @Override
  public TargetFormat format() {
    return TargetFormat.DBML;
  }

  @Override
  public byte[] write(SchemaDocument document, Engine engine) {
    return text(document, engine).getBytes(StandardCharsets.UTF_8);
  }

  /** The DBML text of {@code document} for {@code engine}. */
  public String text(SchemaDocument document, Engine engine) {
    var out = new StringBuilder(256 + document.tables().size() * 256);
    out.append("Project {\n  database_type: '").append(engine.displayName()).append("'\n}\n");
    for (var enumeration : document.enums()) {
      out.append("\nEnum ").append(DbmlText.name(enumeration.name())).append(" {\n");
      for (var value : enumeration.values()) {
        out.append("  ").append(DbmlText.quotedName(value)).append('\n');
      }
      out.append("}\n");
    }
    var enumNames = new HashMap<String, String>();
    document.enums().forEach(e -> enumNames.putIfAbsent(e.id(), e.name()));
    for (var table : document.tables()) {
      table(out, table, enumNames);
    }
    var tables = new HashMap<String, Table>();
    document.tables().forEach(t -> tables.putIfAbsent(t.id(), t));
    if (!document.relations().isEmpty()) {
      out.append('\n');
    }
    for (var relation : document.relations()) {
      relation(out, relation, tables);
    }
    for (var group : document.groups()) {
      out.append("\nTableGroup ").append(DbmlText.name(group.name()));
      group.color().forEach(color -> out.append(" [color: ").append(color(color)).append(']'));
      out.append(" {\n");
      for (var table : document.tables()) {
        if (table.parentNode().contains(group.id())) {
          out.append("  ").append(DbmlText.name(table.name())).append('\n');
        }
      }
      out.append("}\n");
    }
    for (var note : document.notes()) {
      out.append("\nNote ")
          .append(DbmlText.name(note.name()))
          .append(" {\n  ")
          .append(DbmlText.string(note.content()))
          .append("\n}\n");
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Table table, Map<String, String> enumNames) {
    out.append("\nTable ").append(DbmlText.name(table.name()));
    table
        .extra()
        .get("dbmlAlias")
        .filter(JsonString.class::isInstance)
        .forEach(alias -> out.append(" as ").append(DbmlText.name(((JsonString) alias).value())));
    table.color().forEach(color -> out.append(" [headercolor: ").append(color(color)).append(']'));
    out.append(" {\n");
    var key = table.primaryKey();
    for (var column : table.columns()) {
      out.append("  ").append(DbmlText.name(column.name())).append(' ');
      out.append(type(column, enumNames));
      settings(out, column, key.size() == 1);
      out.append('\n');
    }
    var names = new HashMap<String, String>();
    table.columns().forEach(c -> names.putIfAbsent(c.id(), c.name()));
    var indexLines = new ArrayList<String>();
    if (key.size() > 1) {
      indexLines.add(
          "("
              + String.join(", ", key.stream().map(c -> DbmlText.name(c.name())).toList())
              + ") [pk]");
    }
    for (var index : table.indexes()) {
      var parts = new ArrayList<String>();
      for (var id : index.columnIds()) {
        var name = names.get(id);
        if (name != null) {
          parts.add(DbmlText.name(name));
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      var settings = new ArrayList<String>();
      if (index.unique()) {
        settings.add("unique");
      }
      index.name().forEach(name -> settings.add("name: " + DbmlText.string(name)));
      indexLines.add(
          "("
              + String.join(", ", parts)
              + ")"
              + (settings.isEmpty() ? "" : " [" + String.join(", ", settings) + "]"));
    }
    if (!indexLines.isEmpty()) {
      out.append("\n  indexes {\n");
      indexLines.forEach(line -> out.append("    ").append(line).append('\n'));
      out.append("  }\n");
    }
    if (!table.checks().isEmpty()) {
      out.append("\n  checks {\n");
      for (var check : table.checks()) {
        out.append("    ").append(DbmlText.expression(check.expression()));
        check.name().forEach(n -> out.append(" [name: ").append(DbmlText.string(n)).append(']'));
        out.append('\n');
      }
      out.append("  }\n");
    }
    table
        .comment()
        .forEach(note -> out.append("\n  Note: ").append(DbmlText.string(note)).append('\n'));
    out.append("}\n");
  }

  private static String type(Column column, Map<String, String> enumNames) {
    var original = column.extra().get("dbmlType");
    if (column.type() == ColumnType.TEXT
        && original.isDefined()
        && original.get() instanceof JsonString text) {
      return DbmlText.name(text.value());
    }
    if (column.type() == ColumnType.ENUM) {
      return column.enumId().map(enumNames::get).map(DbmlText::name).getOrElse("enum");
    }
    return DbmlTypes.write(column);
  }

  private static void settings(StringBuilder out, Column column, boolean inlineKey) {
    var settings = new ArrayList<String>();
    if (column.primaryKey() && inlineKey) {
      settings.add("pk");
      if (column.nullable()) {
        settings.add("null");
      }
    } else if (!column.nullable() && !column.primaryKey()) {
      settings.add("not null");
    } else if (column.nullable() && column.primaryKey()) {
      settings.add("null");
    }
    if (column.unique()) {
      settings.add("unique");
    }
    column.defaultValue().forEach(value -> settings.add("default: " + defaultValue(value)));
    column.comment().forEach(note -> settings.add("note: " + DbmlText.string(note)));
    if (!settings.isEmpty()) {
      out.append(" [").append(String.join(", ", settings)).append(']');
    }
  }

  /** Numbers, booleans, null and SQL string literals in DBML's own forms; the rest as `expr`. */
  private static String defaultValue(String sql) {
    if (NUMBER.matcher(sql).matches()) {
      return sql;
    }
    if (sql.equals("true") || sql.equals("false") || sql.equals("null")) {
      return sql;
    }
    if (SQL_STRING.matcher(sql).matches()) {
      return DbmlText.string(sql.substring(1, sql.length() - 1).replace("''", "'"));
    }
    return DbmlText.expression(sql);
  }

  private static void relation(StringBuilder out, Relation relation, Map<String, Table> tables) {
    var source = tables.get(relation.sourceTableId());
    var target = tables.get(relation.targetTableId());
    var sourceColumns = columns(source, relation.sourceColumnIds());
    var targetColumns = columns(target, relation.targetColumnIds());
    if (sourceColumns == null || targetColumns == null) {
      out.append("// relation ")
          .append(relation.id().replace('\n', ' '))
          .append(" is not written: a table or column it names does not exist\n");
      return;
    }
    out.append("Ref");
    relation.name().forEach(name -> out.append(' ').append(DbmlText.name(name)));
    out.append(": ")
        .append(DbmlText.name(source.name()))
        .append('.')
        .append(sourceColumns)
        .append(operator(relation.type()))
        .append(DbmlText.name(target.name()))
        .append('.')
        .append(targetColumns);
    var settings = new ArrayList<String>();
    relation
        .onDelete()
        .forEach(
            action -> settings.add("delete: " + action.sql().toLowerCase(java.util.Locale.ROOT)));
    relation
        .onUpdate()
        .forEach(
            action -> settings.add("update: " + action.sql().toLowerCase(java.util.Locale.ROOT)));
    if (!settings.isEmpty()) {
      out.append(" [").append(String.join(", ", settings)).append(']');
    }
    out.append('\n');
  }

  /**
   * {@code x} for one column, {@code (x, y)} for several; null when a table or column is missing.
   */
  private static String columns(Table table, List<String> columnIds) {
    if (table == null) {
      return null;
    }
    var names = new ArrayList<String>();
    for (var id : columnIds) {
      var column = table.column(id);
      if (column.isEmpty()) {
        return null;
      }
      names.add(DbmlText.name(column.get().name()));
    }
    return names.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")";
  }

  private static String operator(RelationType type) {
    return switch (type) {
      case ONE_TO_ONE -> " - ";
      case ONE_TO_MANY -> " > ";
      case MANY_TO_MANY -> " <> ";
    };
  }

  private static String color(String color) {
    return COLOR.matcher(color).matches() ? color : DbmlText.string(color);
  }
}
