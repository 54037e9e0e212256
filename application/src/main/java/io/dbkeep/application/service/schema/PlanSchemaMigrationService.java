package io.dbkeep.application.service.schema;

import io.dbkeep.application.port.in.schema.PlanSchemaMigrationQuery;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.Migration;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.schema.sql.ValidationReport;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

public final class PlanSchemaMigrationService implements PlanSchemaMigrationQuery {

  private final SchemaDocumentReader reader;

  public PlanSchemaMigrationService(SchemaLimits limits) {
    this.reader = new SchemaDocumentReader(limits);
  }

  /** A document as read: what it says, and the engine its envelope names. */
  private record Read(SchemaDocument document, Option<Engine> declared) {}

  @Override
  public Either<ProjectError, Migration> planSchemaMigration(
      JsonValue from, JsonValue to, Option<Engine> engine, boolean down) {
    var older = read(from);
    var newer = read(to);
    if (older.declared().isDefined()
        && newer.declared().isDefined()
        && older.declared().get() != newer.declared().get()) {
      return Either.left(
          ProjectError.invalid(
              List.of(
                  Problem.error(
                      "to.project.engine",
                      "ENGINE_CHANGED",
                      "the documents target different engines ("
                          + older.declared().get().displayName()
                          + " and "
                          + newer.declared().get().displayName()
                          + "); a migration stays on one engine"))));
    }
    var chosen =
        engine.orElse(newer.declared()).orElse(older.declared()).getOrElse(Engine.POSTGRESQL);
    var problems = new ArrayList<Problem>();
    problems.addAll(prefixed("from", validate(from, chosen).problems()));
    problems.addAll(prefixed("to", validate(to, chosen).problems()));
    if (problems.stream().anyMatch(Problem::isError)) {
      return Either.left(ProjectError.schemaInvalid(problems));
    }
    var a = down ? newer.document() : older.document();
    var b = down ? older.document() : newer.document();
    return MigrationPlanner.plan(a, b, chosen)
        .mapLeft(refusal -> ProjectError.schemaInvalid(refusal.problems()));
  }

  private Read read(JsonValue json) {
    if (SchemaDocumentReader.isExportEnvelope(json)) {
      var envelope = reader.readExport(json);
      return new Read(envelope.value().document(), Option.of(envelope.value().engine()));
    }
    return new Read(reader.read(json).value(), Option.none());
  }

  private ValidationReport validate(JsonValue json, Engine engine) {
    return SchemaDocumentReader.isExportEnvelope(json)
        ? SchemaValidator.validateExport(reader.readExport(json), engine)
        : SchemaValidator.validate(reader.read(json), engine);
  }

  private static List<Problem> prefixed(String side, List<Problem> problems) {
    var result = new ArrayList<Problem>(problems.size());
    for (var problem : problems) {
      result.add(
          new Problem(
              problem.path().isEmpty() ? side : side + "." + problem.path(),
              problem.code(),
              problem.severity(),
              problem.message()));
    }
    return result;
  }
}
