package io.dbkeep.bootstrap;

import io.dbkeep.adapter.out.dbml.DbmlSchemaReader;
import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.application.port.in.format.ImportSchemaQuery;
import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.application.service.format.ImportSchemaService;
import java.util.ArrayList;
import java.util.List;

/** Wires the foreign formats: the readers the import use case chooses from (server and CLI). */
public final class FormatWiring {

  private FormatWiring() {}

  /** One reader per importable format: each engine's SQL, and DBML. */
  public static List<SchemaTextReader> textReaders() {
    var readers = new ArrayList<SchemaTextReader>(SqlSchemaReaders.all());
    readers.add(new DbmlSchemaReader());
    return List.copyOf(readers);
  }

  /** The import use case over {@link #textReaders()}. */
  public static ImportSchemaQuery importSchema() {
    return new ImportSchemaService(textReaders());
  }
}
