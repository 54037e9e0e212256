package io.dbkeep.adapter.out.diagram;

import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a document as a Mermaid {@code erDiagram}: one entity per table with its columns (type,
 * name, {@code PK}/{@code FK}/{@code UK} and the comment), one relationship per relation in crow's
 * foot notation. Mermaid names are plain words, so other names are made into unique words and the
 * real name is shown as the entity's label ({@code id["real name"]}). Deterministic.
 */
public final class MermaidSchemaWriter implements SchemaTextWriter {

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  @Override
  public TargetFormat format() {
    return TargetFormat.MERMAID;
  }

  @Override
  public byte[] write(SchemaDocument document, Engine engine) {
    return text(document).getBytes(StandardCharsets.UTF_8);
  }

  /** The Mermaid text of {@code document}. */
  public String text(SchemaDocument document) {
    var out = new StringBuilder("erDiagram\n");
    var ids = entityIds(document);
    var foreignKeys = new HashSet<String>();
    for (var relation : document.relations()) {
      if (relation.type() != RelationType.MANY_TO_MANY
          && ids.containsKey(relation.targetTableId())) {
        foreignKeys.add(relation.sourceTableId() + "/" + relation.sourceColumnId());
      }
    }
    var enumNames = new HashMap<String, String>();
    document.enums().forEach(e -> enumNames.putIfAbsent(e.id(), e.name()));
    for (var table : document.tables()) {
      out.append("  ").append(ids.get(table.id()));
      if (!ids.get(table.id()).equals(table.name())) {
        out.append("[\"").append(label(table.name())).append("\"]");
      }
      out.append(" {\n");
      for (var column : table.columns()) {
        out.append("    ")
            .append(word(type(column, enumNames)))
            .append(' ')
            .append(word(column.name()));
        var keys = new StringBuilder();
        if (column.primaryKey()) {
          keys.append("PK");
        }
        if (foreignKeys.contains(table.id() + "/" + column.id())) {
          keys.append(keys.isEmpty() ? "" : ", ").append("FK");
        }
        if (column.unique() && !column.primaryKey()) {
          keys.append(keys.isEmpty() ? "" : ", ").append("UK");
        }
        if (!keys.isEmpty()) {
          out.append(' ').append(keys);
        }
        column.comment().forEach(c -> out.append(" \"").append(label(c)).append('"'));
        out.append('\n');
      }
      out.append("  }\n");
    }
    var tables = new HashMap<String, Table>();
    document.tables().forEach(t -> tables.putIfAbsent(t.id(), t));
    for (var relation : document.relations()) {
      var source = tables.get(relation.sourceTableId());
      var target = tables.get(relation.targetTableId());
      if (source == null || target == null) {
        out.append("  %% relation ")
            .append(label(relation.id()))
            .append(" names a table that does not exist\n");
        continue;
      }
      out.append("  ")
          .append(ids.get(target.id()))
          .append(' ')
          .append(cardinality(relation, source))
          .append(' ')
          .append(ids.get(source.id()))
          .append(" : \"")
          .append(label(relationLabel(relation, source)))
          .append("\"\n");
    }
    return out.toString();
  }

  private static String cardinality(Relation relation, Table source) {
    var nullable = source.column(relation.sourceColumnId()).map(Column::nullable).getOrElse(true);
    var one = nullable ? "|o" : "||";
    return switch (relation.type()) {
      case ONE_TO_ONE -> one + "--o|";
      case ONE_TO_MANY -> one + "--o{";
      case MANY_TO_MANY -> "}o--o{";
    };
  }

  private static String relationLabel(Relation relation, Table source) {
    if (relation.name().isDefined()) {
      return relation.name().get();
    }
    return source.column(relation.sourceColumnId()).map(Column::name).getOrElse(relation.id());
  }

  private static String type(Column column, Map<String, String> enumNames) {
    if (column.type() == ColumnType.ENUM) {
      return column.enumId().map(enumNames::get).getOrElse("enum");
    }
    var name = column.type().wireName().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (column.type().takesLength() && column.length().isDefined()) {
      return name + "(" + column.length().get() + ")";
    }
    if (column.type().takesPrecision() && column.precision().isDefined()) {
      return name
          + "("
          + column.precision().get()
          + column.scale().map(s -> "-" + s).getOrElse("")
          + ")";
    }
    return name;
  }

  /** Entity ids: the table's name when it is a plain word, else a word made of it; unique. */
  private static Map<String, String> entityIds(SchemaDocument document) {
    var ids = new HashMap<String, String>();
    Set<String> taken = new HashSet<>();
    for (var table : document.tables()) {
      var base = word(table.name());
      var id = base;
      for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
        id = base + "_" + n;
      }
      ids.putIfAbsent(table.id(), id);
    }
    return ids;
  }

  /** A Mermaid word: characters outside {@code [A-Za-z0-9_-]} become {@code _}. */
  static String word(String text) {
    if (WORD.matcher(text).matches()) {
      return text;
    }
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || (c == '-' && i > 0)
              || c == '('
              || c == ')';
      out.append(plain ? c : '_');
    }
    if (out.isEmpty() || !Character.isLetter(out.charAt(0)) && out.charAt(0) != '_') {
      out.insert(0, '_');
    }
    return out.toString();
  }

  /** Text inside Mermaid quotes: no double quotes or line breaks. */
  private static String label(String text) {
    return text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ');
  }
}
