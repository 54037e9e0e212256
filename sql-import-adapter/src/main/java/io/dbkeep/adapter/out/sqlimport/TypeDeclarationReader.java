package io.dbkeep.adapter.out.sqlimport;

import java.util.ArrayList;

/**
 * The declared type of a column definition, as written: its words ({@code DOUBLE PRECISION}, {@code
 * character varying}), arguments ({@code (12, 4)}), array brackets and a schema qualification, up
 * to the first word that starts a column constraint.
 */
final class TypeDeclarationReader {

  private TypeDeclarationReader() {}

  /** The type declared at the cursor; the cursor ends on what follows it. */
  static TypeMapper.Declared read(Cursor cursor) {
    var words = new StringBuilder();
    var written = new StringBuilder();
    var arguments = new ArrayList<String>();
    var array = false;
    while (!cursor.atEnd()) {
      var token = cursor.peek();
      if (token.kind() == Token.Kind.WORD && endsType(cursor)) {
        break;
      }
      if (token.isName()) {
        if (words.length() == 0 || continuesType(token)) {
          cursor.next();
          if (cursor.seesSymbol(".") && cursor.peek(1) != null && cursor.peek(1).isName()) {
            cursor.next(); // a schema-qualified type: keep the type's own name
            words.setLength(0);
            written.setLength(0);
            continue;
          }
          words.append(words.length() == 0 ? "" : " ").append(token.upper());
          written.append(written.length() == 0 ? "" : " ").append(token.text());
          continue;
        }
        break;
      }
      if (token.isSymbol("(") && words.length() > 0) {
        cursor.next();
        if (!cursor.acceptSymbol(")")) {
          do {
            var argument = cursor.next();
            var sign = "";
            if (argument.isSymbol("-") && cursor.peek() != null) {
              sign = "-"; // kept: varchar(-1) is not varchar(1)
              argument = cursor.next();
            }
            if (argument.kind() == Token.Kind.NUMBER && !argument.text().contains(".")) {
              try {
                Integer.parseInt(sign + argument.text());
              } catch (NumberFormatException e) {
                throw new SqlSyntaxException(
                    argument.line(),
                    argument.column(),
                    "the type argument "
                        + argument.text()
                        + " is not a whole number up to 2147483647");
              }
            }
            arguments.add(sign + argument.text());
          } while (cursor.acceptSymbol(","));
          cursor.expectSymbol(")");
        }
        continue;
      }
      if (token.isSymbol("[") && words.length() > 0) {
        cursor.next();
        if (cursor.peek() != null && cursor.peek().kind() == Token.Kind.NUMBER) {
          cursor.next();
        }
        cursor.expectSymbol("]");
        array = true;
        continue;
      }
      break;
    }
    return new TypeMapper.Declared(words.toString(), arguments, array, written.toString());
  }

  /** A word that starts a column constraint rather than continuing the type. */
  private static boolean endsType(Cursor cursor) {
    var token = cursor.peek();
    var upper = token.upper();
    if (upper.equals("CHARACTER") || upper.equals("CHAR")) {
      var next = cursor.peek(1);
      return next != null && next.is("SET");
    }
    return switch (upper) {
      case "NOT",
          "NULL",
          "DEFAULT",
          "PRIMARY",
          "UNIQUE",
          "REFERENCES",
          "CHECK",
          "CONSTRAINT",
          "COLLATE",
          "GENERATED",
          "AUTO_INCREMENT",
          "AUTOINCREMENT",
          "COMMENT",
          "ON",
          "CHARSET",
          "KEY",
          "IDENTITY",
          "AS",
          "INVISIBLE",
          "VISIBLE",
          "STORED",
          "VIRTUAL",
          "COLUMN_FORMAT",
          "STORAGE",
          "SRID",
          "DEFERRABLE",
          "INITIALLY",
          "COMPRESSION" ->
          true;
      case "SERIAL" -> cursor.peek(1) != null && cursor.peek(1).is("DEFAULT");
      default -> false;
    };
  }

  private static boolean continuesType(Token token) {
    return token.kind() == Token.Kind.WORD;
  }
}
