package io.dbkeep.application.port.out.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Reads the catalog of the live database the Studio shows. Names are matched exactly as the catalog
 * spells them; nothing here changes the database. Every call runs within the statement timeout; an
 * unreachable database is a {@code DataStoreUnavailableException}.
 */
public interface ReadCatalogPort {

  /** Which engine the database runs on. */
  Engine engine();

  /** The database's name as its users know it, without credentials (for display). */
  String databaseName();

  /**
   * Every user table and view (system schemas left out), ordered by schema and name, with row
   * counts: exact for small tables, the planner's estimate for large ones.
   */
  List<TableSummary> listTables();

  /** Whether the schema exists (SQLite: {@code main}; MySQL: the database). */
  boolean schemaExists(String schema);

  /** The structure of the table or view, or none when the catalog does not have it. */
  Option<TableStructure> describeTable(TableRef table);

  /**
   * The exact number of rows of a table the catalog described; a {@code STATEMENT_TIMEOUT} when
   * counting takes longer than the statement timeout.
   */
  Either<StudioError, Long> countRows(TableStructure table);

  /** The structure of every table and the enum types, for introspection. */
  DatabaseStructure readStructure();
}
