package io.dbkeep.application.service.format;

import io.dbkeep.application.port.in.format.ImportSchemaQuery;
import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.format.layout.TableLayout;
import io.vavr.control.Either;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Chooses the reader of the format asked for and lays out the tables it read. */
public final class ImportSchemaService implements ImportSchemaQuery {

  private final Map<SourceFormat, SchemaTextReader> readers = new EnumMap<>(SourceFormat.class);

  /**
   * @param readers one reader per format at most; a later one for the same format is refused
   */
  public ImportSchemaService(List<SchemaTextReader> readers) {
    for (var reader : readers) {
      if (this.readers.put(reader.format(), reader) != null) {
        throw new IllegalArgumentException("two readers of " + reader.format().wireName());
      }
    }
  }

  @Override
  public Either<ImportError, ImportedSchema> importSchema(String text, SourceFormat format) {
    var reader = readers.get(format);
    if (reader == null) {
      return Either.left(
          new ImportError(
              ImportError.Code.UNSUPPORTED,
              1,
              1,
              "importing " + format.wireName() + " is not available on this server"));
    }
    return reader
        .read(text)
        .map(
            imported ->
                new ImportedSchema(
                    TableLayout.layout(imported.document()),
                    imported.engine(),
                    imported.name(),
                    imported.warnings()));
  }
}
