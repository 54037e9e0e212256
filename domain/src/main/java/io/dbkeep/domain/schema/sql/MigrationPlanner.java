package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.diff.SchemaChange;
import io.dbkeep.domain.schema.diff.SchemaDiff;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Set;

/**
 * Plans the SQL that turns a live database created from one document version (by {@link
 * DdlExporter}, or by earlier migrations) into the next version's, on one engine: renames stay
 * renames (rows survive), foreign keys never dangle, one transaction where the engine allows it.
 * Both documents must be valid for the engine. The down migration is {@code plan(to, from, …)}.
 * Pure and thread-safe; see docs/evolution.md for each engine's steps.
 */
public final class MigrationPlanner {

  private MigrationPlanner() {}

  /** The migration from {@code from} to {@code to} on {@code engine}, or why there is none. */
  public static Either<MigrationRefusal, Migration> plan(
      SchemaDocument from, SchemaDocument to, Engine engine) {
    var before = SchemaValidator.check(from, engine, Set.of());
    if (before.plan().isEmpty()) {
      return Either.left(refusal("FROM_INVALID", "the older document", before.report(), engine));
    }
    var after = SchemaValidator.check(to, engine, Set.of());
    if (after.plan().isEmpty()) {
      return Either.left(refusal("TO_INVALID", "the newer document", after.report(), engine));
    }
    var changes = SchemaDiff.between(from, to);
    var warnings = new ArrayList<Problem>();
    for (SchemaChange change : changes) {
      if (change.destructive()) {
        warnings.add(Problem.warning(change.id(), "DESTRUCTIVE_CHANGE", change.describe()));
      }
    }
    if (changes.isEmpty()) {
      return Either.right(new Migration(engine, "", changes, warnings));
    }
    var sql =
        new MigrationWriter(
                Dialect.of(engine),
                from,
                to,
                before.plan().get(),
                after.plan().get(),
                changes,
                warnings)
            .write();
    return Either.right(new Migration(engine, sql, changes, warnings));
  }

  /** As {@link #plan(SchemaDocument, SchemaDocument, Engine)}, refusing a change of engine. */
  public static Either<MigrationRefusal, Migration> plan(
      SchemaDocument from, Engine fromEngine, SchemaDocument to, Engine toEngine) {
    if (fromEngine != toEngine) {
      return Either.left(
          new MigrationRefusal(
              "ENGINE_CHANGED",
              "the documents target different engines ("
                  + fromEngine.displayName()
                  + " and "
                  + toEngine.displayName()
                  + "); a migration stays on one engine: export the newer document instead",
              java.util.List.of()));
    }
    return plan(from, to, toEngine);
  }

  private static MigrationRefusal refusal(
      String code, String which, ValidationReport report, Engine engine) {
    return new MigrationRefusal(
        code,
        which
            + " is not valid for "
            + engine.displayName()
            + " ("
            + report.errors().size()
            + (report.errors().size() == 1 ? " error" : " errors")
            + ")",
        report.errors());
  }
}
