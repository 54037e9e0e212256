package io.dbkeep.domain.studio;

import io.dbkeep.domain.project.Engine;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column default as a catalog prints it, written as the document keeps it (for {@link
 * SchemaIntrospection}, and for comparing catalogs): PostgreSQL's casts dropped, MySQL's spellings
 * and backslash escapes made standard. Pure.
 */
public final class CatalogDefaults {

  private static final Pattern CAST =
      Pattern.compile("^(.*?)::[a-z_ ]+(\\[\\])?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private CatalogDefaults() {}

  /** A MySQL string literal's content (backslash escapes) as a standard SQL literal. */
  private static String standardLiteral(String content) {
    var out = new StringBuilder("'");
    for (int i = 0; i < content.length(); i++) {
      var c = content.charAt(i);
      if (c == '\\' && i + 1 < content.length()) {
        var next = content.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case '0' -> out.append('\0');
          case '\'' -> out.append("''");
          default -> out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  private static final Pattern QUOTED_NUMBER =
      Pattern.compile("^'(-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?)'$");

  /** A default as the document writes it: PostgreSQL casts dropped, MySQL spellings normalised. */
  public static String defaultValue(
      Engine engine, String raw, io.dbkeep.domain.studio.ColumnType type) {
    var text = raw.strip();
    if (engine == Engine.POSTGRESQL) {
      var cast = CAST.matcher(text);
      if (cast.matches()
          && (cast.group(1).startsWith("'") || cast.group(1).equalsIgnoreCase("NULL"))) {
        text = cast.group(1);
      }
      if (text.startsWith("(") && text.endsWith(")") && text.length() > 2) {
        text = text.substring(1, text.length() - 1);
      }
    }
    var numeric =
        type.kind() == ValueKind.INTEGER
            || type.kind() == ValueKind.DECIMAL
            || type.kind() == ValueKind.FLOAT;
    var quoted = QUOTED_NUMBER.matcher(text);
    if (numeric && quoted.matches()) {
      text = quoted.group(1);
    }
    if (engine == Engine.MYSQL
        && text.length() >= 2
        && text.startsWith("'")
        && text.endsWith("'")) {
      return standardLiteral(text.substring(1, text.length() - 1));
    }
    if (engine == Engine.MYSQL) {
      var lower = text.toLowerCase(Locale.ROOT);
      if (lower.startsWith("current_timestamp") || lower.startsWith("now(")) {
        return "CURRENT_TIMESTAMP";
      }
      if (lower.startsWith("curtime(") || lower.startsWith("current_time(")) {
        return "CURRENT_TIME";
      }
      if (lower.startsWith("curdate(") || lower.equals("current_date()")) {
        return "CURRENT_DATE";
      }
      if (lower.equals("uuid()")) {
        return "gen_random_uuid()";
      }
      if (type.kind() == ValueKind.BOOLEAN && (text.equals("1") || text.equals("'1'"))) {
        return "TRUE";
      }
      if (type.kind() == ValueKind.BOOLEAN && (text.equals("0") || text.equals("'0'"))) {
        return "FALSE";
      }
    }
    return text;
  }
}
