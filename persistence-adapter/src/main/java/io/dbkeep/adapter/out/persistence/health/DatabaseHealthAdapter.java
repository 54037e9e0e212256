package io.dbkeep.adapter.out.persistence.health;

import io.dbkeep.application.port.out.health.CheckDatabasePort;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Asks the pool for a connection and checks it answers. */
public final class DatabaseHealthAdapter implements CheckDatabasePort {

  private final DataSource dataSource;
  private final int timeoutSeconds;

  public DatabaseHealthAdapter(DataSource dataSource, int timeoutSeconds) {
    this.dataSource = dataSource;
    this.timeoutSeconds = Math.max(1, timeoutSeconds);
  }

  @Override
  public boolean isReachable() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(timeoutSeconds);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
