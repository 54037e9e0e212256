package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.application.port.out.studio.TranslateCheckPort;
import io.dbkeep.domain.format.SourceFormat;
import java.util.List;

/**
 * The SQL readers this adapter offers: one {@link SchemaTextReader} per engine, and the import's
 * CHECK translation for conditions a live catalog prints ({@link #checkTranslator()}).
 */
public final class SqlSchemaReaders {

  private SqlSchemaReaders() {}

  /** Readers of PostgreSQL, MySQL (MariaDB) and SQLite SQL. */
  public static List<SchemaTextReader> all() {
    return List.of(of(SourceFormat.POSTGRESQL), of(SourceFormat.MYSQL), of(SourceFormat.SQLITE));
  }

  /**
   * The translator the import uses for a dump's CHECK conditions, for conditions read from a live
   * database's catalog (the Studio's introspection): one logic for both.
   */
  public static TranslateCheckPort checkTranslator() {
    return new CatalogCheckTranslator();
  }

  /** The reader of one engine's SQL; {@code format} must not be DBML. */
  public static SchemaTextReader of(SourceFormat format) {
    return new SqlSchemaReader(format);
  }
}
