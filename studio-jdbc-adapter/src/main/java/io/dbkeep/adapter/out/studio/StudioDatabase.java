package io.dbkeep.adapter.out.studio;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.ReadRowsPort;
import io.dbkeep.application.port.out.studio.RunSqlPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;

/**
 * The Studio's database: a small connection pool to any PostgreSQL, MySQL/MariaDB or SQLite
 * database, and the Studio's out-ports over it. The only public way into this adapter.
 */
public final class StudioDatabase implements AutoCloseable {

  private final HikariDataSource pool;
  private final StatementGuard guard;
  private final JdbcCatalog catalog;
  private final JdbcRowReader rows;
  private final JdbcRowWriter writer;
  private final JdbcSqlConsole console;

  private StudioDatabase(HikariDataSource pool, StatementGuard guard, Transactions transactions) {
    this.pool = pool;
    this.guard = guard;
    this.catalog = new JdbcCatalog(transactions);
    this.rows = new JdbcRowReader(transactions);
    this.writer = new JdbcRowWriter(transactions);
    this.console = new JdbcSqlConsole(transactions);
  }

  /**
   * Connects (the first connection is made now, so a wrong URL or password fails here).
   *
   * @throws DataStoreUnavailableException when the database cannot be reached
   */
  public static StudioDatabase open(StudioDatabaseSettings settings) {
    var dialect = Dialect.of(settings.engine());
    var forced = dialect.forcedDriverProperties(settings.readOnly());
    var config = new HikariConfig();
    config.setPoolName("dbkeep-studio");
    config.setJdbcUrl(DriverUrl.without(settings.jdbcUrl(), forced.keySet()));
    config.setDataSourceProperties(driverProperties(settings, dialect, forced));
    config.setMaximumPoolSize(settings.maxConnections());
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
    config.setInitializationFailTimeout(Math.max(1, settings.connectTimeout().toMillis()));
    config.setDriverClassName(dialect.driverClass());
    if (settings.readOnly()) {
      // Every connection: flagged read-only (SQLite's flag must match how the file was opened),
      // and its session's default transaction is read-only.
      config.setReadOnly(true);
      config.setConnectionInitSql(dialect.readOnlySessionSql());
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new DataStoreUnavailableException(
          "Cannot connect to " + settings.displayName() + ": " + rootMessage(e), e);
    }
    var guard = new StatementGuard(settings.statementTimeout());
    var transactions =
        new Transactions(pool, dialect, guard, settings.readOnly(), settings.displayName());
    return new StudioDatabase(pool, guard, transactions);
  }

  private static java.util.Properties driverProperties(
      StudioDatabaseSettings settings, Dialect dialect, java.util.Map<String, String> forced) {
    var properties = settings.properties();
    properties
        .stringPropertyNames()
        .forEach(
            name -> {
              if (forced.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                properties.remove(name);
              }
            });
    properties.putAll(forced);
    properties.putAll(dialect.timeoutDriverProperties(settings.statementTimeout()));
    return properties;
  }

  private static String rootMessage(Throwable failure) {
    var root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  /** The pool, for this package's tests that check the drivers' settings. */
  javax.sql.DataSource pool() {
    return pool;
  }

  public ReadCatalogPort catalog() {
    return catalog;
  }

  public ReadRowsPort rows() {
    return rows;
  }

  public WriteRowsPort writer() {
    return writer;
  }

  public RunSqlPort console() {
    return console;
  }

  @Override
  public void close() {
    guard.close();
    pool.close();
  }
}
