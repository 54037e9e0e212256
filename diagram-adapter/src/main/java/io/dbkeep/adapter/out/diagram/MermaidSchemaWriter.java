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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a document as a Mermaid {@code erDiagram}: one entity per table with its columns (type,
 * name, {@code PK}/{@code FK}/{@code UK} and the comment), one relationship per relation in crow's
 * foot notation. Mermaid names are plain words, so other names are made into unique words and the
 * real name is shown as the entity's label ({@code id["real name"]}). Deterministic.
 *
 * <p>The text is valid for Mermaid's own parser whatever the names (web-ui's {@code
 * mermaidExport.test.ts} parses a hostile document's text with the {@code mermaid} package): entity
 * ids are ASCII words that are none of the grammar's keywords; attribute words keep only the
 * characters its attribute rule takes and are never {@code PK}/{@code FK}/{@code UK}; quoted text
 * carries Mermaid's entity codes for {@code "}, {@code %}, backslash and {@code #}, and no line
 * break — Mermaid finds {@code %%{init}%%} directives and {@code %%} comments anywhere in the text
 * before it parses, and its quoted entity names may not hold {@code %} or a backslash; entity
 * labels and relation labels, which its lexer reads with the diagram-level rules, never hold {@code
 * direction TB}-like words either.
 */
public final class MermaidSchemaWriter implements SchemaTextWriter {

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /**
   * Words Mermaid's erDiagram lexer reads as keywords where an entity name stands
   * (case-insensitive), alone or followed by a character that ends a word, such as {@code -}.
   */
  private static final List<String> ENTITY_KEYWORDS =
      List.of(
          "erdiagram",
          "style",
          "classdef",
          "class",
          "subgraph",
          "end",
          "direction",
          "title",
          "acctitle",
          "accdescr",
          "one",
          "many",
          "only",
          "zero",
          "optionally",
          "to",
          "u");

  /** The keywords of an attribute line. */
  private static final List<String> ATTRIBUTE_KEYWORDS = List.of("pk", "fk", "uk");

  /**
   * What Mermaid's lexer takes, wherever a diagram-level token starts, as a direction statement
   * running to the end of the line ({@code \\s} as JavaScript reads it).
   */
  private static final Pattern DIRECTION =
      Pattern.compile(
          "(?i)(direction)[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\uFEFF]+(TB|BT|RL|LR)");

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
        relation
            .sourceColumnIds()
            .forEach(id -> foreignKeys.add(relation.sourceTableId() + "/" + id));
      }
    }
    var enumNames = new HashMap<String, String>();
    document.enums().forEach(e -> enumNames.putIfAbsent(e.id(), e.name()));
    for (var table : document.tables()) {
      out.append("  ").append(ids.get(table.id()));
      if (!ids.get(table.id()).equals(table.name())) {
        out.append("[\"").append(diagramLabel(table.name())).append("\"]");
      }
      out.append(" {\n");
      for (var column : table.columns()) {
        out.append("    ")
            .append(attributeWord(type(column, enumNames)))
            .append(' ')
            .append(attributeWord(column.name()));
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
          .append(diagramLabel(relationLabel(relation, source)))
          .append("\"\n");
    }
    return out.toString();
  }

  private static String cardinality(Relation relation, Table source) {
    // a composite key with any NULL column references nothing (MATCH SIMPLE)
    var nullable =
        relation.sourceColumnIds().stream()
            .anyMatch(id -> source.column(id).map(Column::nullable).getOrElse(true));
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
    var names = new java.util.ArrayList<String>();
    for (var id : relation.sourceColumnIds()) {
      var column = source.column(id);
      if (column.isEmpty()) {
        return relation.id();
      }
      names.add(column.get().name());
    }
    return String.join(", ", names);
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
      var base = entityWord(table.name());
      var id = base;
      for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
        id = base + "_" + n;
      }
      ids.putIfAbsent(table.id(), id);
    }
    return ids;
  }

  /** An entity id: characters outside {@code [A-Za-z0-9_-]} become {@code _}; never a keyword. */
  static String entityWord(String text) {
    return notKeyword(word(text, false), ENTITY_KEYWORDS);
  }

  /**
   * An attribute's type or name: as an entity id, but parentheses are kept (Mermaid's attribute
   * rule takes them: {@code varchar(255)}); never a keyword such as {@code PK}.
   */
  static String attributeWord(String text) {
    return notKeyword(word(text, true), ATTRIBUTE_KEYWORDS);
  }

  private static String word(String text, boolean parentheses) {
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
              || (parentheses && (c == '(' || c == ')'));
      out.append(plain ? c : '_');
    }
    if (out.isEmpty() || !Character.isLetter(out.charAt(0)) && out.charAt(0) != '_') {
      out.insert(0, '_');
    }
    return out.toString();
  }

  /**
   * {@code word} with {@code _} after a keyword it is or starts with before a non-word character.
   */
  private static String notKeyword(String word, List<String> keywords) {
    var lower = word.toLowerCase(Locale.ROOT);
    for (var keyword : keywords) {
      if (lower.startsWith(keyword)
          && (lower.length() == keyword.length()
              || !isWordCharacter(lower.charAt(keyword.length())))) {
        return word.substring(0, keyword.length()) + "_" + word.substring(keyword.length());
      }
    }
    return word;
  }

  private static boolean isWordCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * Text inside Mermaid quotes, with Mermaid's entity codes for what its quoted names may not hold
   * and what it would read as something else: {@code #quot;} for {@code "}, {@code #37;} for {@code
   * %} (so no {@code %%} comment or {@code %%{init}%%} directive), {@code #92;} for a backslash and
   * {@code #35;} for {@code #} (so a name's own {@code #quot;} stays text); line breaks become
   * spaces. Mermaid shows the codes as the characters.
   */
  private static String label(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '%' -> out.append("#37;");
        case '\\' -> out.append("#92;");
        case '#' -> out.append("#35;");
        case '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '\b' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A label read by the diagram-level rules (an entity's, a relation's): also no {@code direction
   * TB}, which that lexer takes as a statement wherever it stands ({@code direction_TB}).
   */
  private static String diagramLabel(String text) {
    return DIRECTION.matcher(label(text)).replaceAll("$1_$2");
  }
}
