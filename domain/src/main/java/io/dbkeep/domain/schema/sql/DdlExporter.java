package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.vavr.control.Either;
import java.util.Set;

/**
 * Exports a {@link SchemaDocument} as DDL for an engine. The document is validated first ({@link
 * SchemaValidator}); an invalid one is refused with its report, a valid one gives a script that
 * executes on the engine: every identifier quoted, tables in dependency order, deterministic and
 * unique constraint names within the engine's length limit, N:M relations as junction tables. The
 * same document always gives byte-identical output. Pure and thread-safe.
 */
public final class DdlExporter {

  private DdlExporter() {}

  /** The DDL for {@code engine}, or the report listing why the document is not valid for it. */
  public static Either<ValidationReport, DdlExport> export(SchemaDocument document, Engine engine) {
    var checked = SchemaValidator.check(document, engine, Set.of());
    if (checked.plan().isEmpty()) {
      return Either.left(checked.report());
    }
    var sql = DdlWriter.write(checked.plan().get(), Dialect.of(engine));
    return Either.right(new DdlExport(engine, sql, checked.report().warnings()));
  }
}
