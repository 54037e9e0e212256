package io.dbkeep.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dbkeep.domain.project.Engine;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class SchemaToSqlTest {

  private static final String DOCUMENT =
      "{\"tables\":["
          + "{\"id\":\"a\",\"name\":\"author\",\"columns\":["
          + "{\"id\":\"a1\",\"name\":\"id\",\"type\":\"INTEGER\",\"primaryKey\":true,"
          + "\"nullable\":false,\"unique\":false},"
          + "{\"id\":\"a2\",\"name\":\"name\",\"type\":\"VARCHAR\",\"length\":80,"
          + "\"primaryKey\":false,\"nullable\":false,\"unique\":true}]},"
          + "{\"id\":\"b\",\"name\":\"book\",\"columns\":["
          + "{\"id\":\"b1\",\"name\":\"id\",\"type\":\"INTEGER\",\"primaryKey\":true,"
          + "\"nullable\":false,\"unique\":false},"
          + "{\"id\":\"b2\",\"name\":\"author_id\",\"type\":\"INTEGER\",\"primaryKey\":false,"
          + "\"nullable\":false,\"unique\":false}]}],"
          + "\"relations\":[{\"id\":\"r\",\"sourceTableId\":\"b\",\"sourceColumnId\":\"b2\","
          + "\"targetTableId\":\"a\",\"targetColumnId\":\"a1\",\"type\":\"1:N\","
          + "\"onDelete\":\"CASCADE\"}],\"groups\":[],\"notes\":[]}";

  @Test
  void theExportedDdlRunsOnSqlite() throws Exception {
    var sql = SchemaToSql.toSql(DOCUMENT, Engine.SQLITE);
    try (var connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        var statement = connection.createStatement()) {
      statement.executeUpdate(sql);
      statement.executeUpdate("insert into author (id, name) values (1, 'Ada')");
      statement.executeUpdate("insert into book (id, author_id) values (10, 1)");
      try (var rows = statement.executeQuery("select count(*) from book")) {
        rows.next();
        assertEquals(1, rows.getInt(1));
      }
    }
  }

  @Test
  void anInvalidDocumentIsRefusedWithItsPath() {
    var refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> SchemaToSql.toSql(DOCUMENT.replace("\"author_id\"", "\"\""), Engine.MYSQL));
    assertTrue(refused.getMessage().contains("tables[1].columns[1].name"), refused.getMessage());
  }
}
