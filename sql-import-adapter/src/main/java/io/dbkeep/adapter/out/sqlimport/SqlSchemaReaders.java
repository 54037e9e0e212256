package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.domain.format.SourceFormat;
import java.util.List;

/** The SQL readers this adapter offers: one {@link SchemaTextReader} per engine. */
public final class SqlSchemaReaders {

  private SqlSchemaReaders() {}

  /** Readers of PostgreSQL, MySQL (MariaDB) and SQLite SQL. */
  public static List<SchemaTextReader> all() {
    return List.of(of(SourceFormat.POSTGRESQL), of(SourceFormat.MYSQL), of(SourceFormat.SQLITE));
  }

  /** The reader of one engine's SQL; {@code format} must not be DBML. */
  public static SchemaTextReader of(SourceFormat format) {
    return new SqlSchemaReader(format);
  }
}
