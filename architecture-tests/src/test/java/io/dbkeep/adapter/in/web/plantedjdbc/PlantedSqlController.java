package io.dbkeep.adapter.in.web.plantedjdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted: a web controller that runs SQL itself instead of going through an out-port. */
public final class PlantedSqlController {

  public int count(Connection connection, String table) throws SQLException {
    try (var statement = connection.createStatement();
        var result = statement.executeQuery("select count(*) from " + table)) {
      result.next();
      return result.getInt(1);
    }
  }
}
