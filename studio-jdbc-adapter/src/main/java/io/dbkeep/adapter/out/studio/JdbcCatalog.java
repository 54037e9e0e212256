package io.dbkeep.adapter.out.studio;

import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** {@link ReadCatalogPort} over the dialect's catalog queries, each in a read-only transaction. */
final class JdbcCatalog implements ReadCatalogPort {

  private final Transactions transactions;
  private final Dialect dialect;
  private volatile String databaseName;

  JdbcCatalog(Transactions transactions) {
    this.transactions = transactions;
    this.dialect = transactions.dialect();
  }

  @Override
  public Engine engine() {
    return dialect.engine();
  }

  @Override
  public String databaseName() {
    var name = databaseName;
    if (name == null) {
      name = transactions.readOrThrow(session -> Either.right(dialect.databaseName(session)));
      databaseName = name;
    }
    return name;
  }

  @Override
  public List<TableSummary> listTables() {
    return transactions.readOrThrow(session -> Either.right(dialect.listTables(session)));
  }

  @Override
  public boolean schemaExists(String schema) {
    return transactions.readOrThrow(session -> Either.right(dialect.schemaExists(session, schema)));
  }

  @Override
  public Option<TableStructure> describeTable(TableRef table) {
    return transactions.readOrThrow(session -> Either.right(dialect.describe(session, table)));
  }

  @Override
  public Either<StudioError, Long> countRows(TableStructure table) {
    return transactions.read(
        session ->
            Either.right(
                session.queryLong(
                    new Sql("SELECT count(*) FROM " + dialect.table(table.table())), 0)));
  }

  @Override
  public DatabaseStructure readStructure() {
    return transactions.readOrThrow(
        session ->
            Either.right(
                new DatabaseStructure(dialect.describeAll(session), dialect.enums(session))));
  }
}
