package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.IntrospectDatabaseQuery;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.TranslateCheckPort;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.studio.SchemaIntrospection;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

public final class IntrospectDatabaseService implements IntrospectDatabaseQuery {

  private static final Pattern COLUMN_DEFAULT =
      Pattern.compile("^tables\\[(\\d+)]\\.columns\\[(\\d+)]\\.default$");

  private static final Pattern CHECK =
      Pattern.compile("^tables\\[(\\d+)]\\.checks\\[(\\d+)](\\..*)?$");

  private final ReadCatalogPort catalog;
  private final Option<TranslateCheckPort> checks;

  /**
   * Checks are translated by {@code checks} (the SQL import's translator in the running system).
   */
  public IntrospectDatabaseService(ReadCatalogPort catalog, TranslateCheckPort checks) {
    this.catalog = catalog;
    this.checks = Option.of(checks);
  }

  /**
   * Without a translator: only checks the catalog already prints in the neutral subset are kept.
   */
  public IntrospectDatabaseService(ReadCatalogPort catalog) {
    this.catalog = catalog;
    this.checks = Option.none();
  }

  @Override
  public Either<StudioError, SchemaIntrospection.Result> introspect(Option<String> requested) {
    var engine = catalog.engine();
    var schema = requested.getOrElse(() -> defaultSchema(engine));
    if (!catalog.schemaExists(schema)) {
      return Either.left(StudioError.schemaNotFound(schema));
    }
    var translation =
        checks
            .<SchemaIntrospection.CheckTranslation>map(
                port -> (condition, table) -> port.toNeutral(engine, condition, table))
            .getOrElse(SchemaIntrospection.CheckTranslation.SUBSET_ONLY);
    var result =
        SchemaIntrospection.toDocument(engine, catalog.readStructure(), schema, translation);
    return Either.right(withoutRefused(result, engine));
  }

  private String defaultSchema(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> "public";
      case MYSQL -> catalog.databaseName();
      case SQLITE -> "main";
    };
  }

  /**
   * Defaults the document cannot express for the engine (function calls other than the common ones)
   * and translated checks the document's rules refuse for the engine (types, a check on a MySQL
   * AUTO_INCREMENT column) are dropped, each with a warning, so the document validates where the
   * database did.
   */
  private static SchemaIntrospection.Result withoutRefused(
      SchemaIntrospection.Result result, Engine engine) {
    var report = SchemaValidator.validate(result.document(), engine);
    var refused = new HashSet<String>();
    var refusedChecks = new HashSet<String>();
    var warnings = new ArrayList<Problem>(result.warnings());
    for (var problem : report.errors()) {
      if (COLUMN_DEFAULT.matcher(problem.path()).matches()) {
        refused.add(problem.path());
        warnings.add(
            Problem.warning(
                problem.path(), "DEFAULT_NOT_CARRIED", "Default left out: " + problem.message()));
      }
      var check = CHECK.matcher(problem.path());
      if (check.matches()) {
        var table = result.document().tables().get(Integer.parseInt(check.group(1)));
        var refusedCheck = table.checks().get(Integer.parseInt(check.group(2)));
        if (refusedChecks.add(check.group(1) + "/" + check.group(2))) {
          warnings.add(
              Problem.warning(
                  "tables[" + check.group(1) + "].checks",
                  "CHECK_NOT_CARRIED",
                  refusedCheck.name().map(n -> "Check " + n).getOrElse("An unnamed check")
                      + " of "
                      + table.name()
                      + " ("
                      + refusedCheck.expression()
                      + ") is left out: "
                      + problem.message()));
        }
      }
    }
    var document = result.document();
    if (!refused.isEmpty() || !refusedChecks.isEmpty()) {
      var tables = new ArrayList<Table>();
      for (int t = 0; t < document.tables().size(); t++) {
        var table = document.tables().get(t);
        var columns = new ArrayList<Column>();
        for (int c = 0; c < table.columns().size(); c++) {
          var column = table.columns().get(c);
          var path = "tables[" + t + "].columns[" + c + "].default";
          columns.add(
              refused.contains(path) ? column.toBuilder().defaultValue(null).build() : column);
        }
        var kept = new ArrayList<Check>();
        for (int k = 0; k < table.checks().size(); k++) {
          if (!refusedChecks.contains(t + "/" + k)) {
            kept.add(table.checks().get(k));
          }
        }
        tables.add(table.withColumns(columns).withChecks(kept));
      }
      document = document.withTables(tables);
    }
    var remaining = SchemaValidator.validate(document, engine);
    for (var problem : remaining.errors()) {
      warnings.add(
          Problem.warning(
              problem.path(), problem.code(), "Not valid as a document: " + problem.message()));
    }
    return new SchemaIntrospection.Result(document, List.copyOf(warnings));
  }
}
