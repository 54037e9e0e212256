package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.PlanVersionMigrationQuery;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.service.schema.PlanSchemaMigrationService;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.Migration;
import io.dbkeep.domain.user.UserId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

public final class PlanVersionMigrationService implements PlanVersionMigrationQuery {

  private final UnitOfWork unitOfWork;
  private final ReadStoredProjectPort readStored;
  private final ReadProjectVersionsPort readVersions;
  private final PlanSchemaMigrationService planner;

  public PlanVersionMigrationService(
      UnitOfWork unitOfWork,
      ReadStoredProjectPort readStored,
      ReadProjectVersionsPort readVersions,
      SchemaLimits limits) {
    this.unitOfWork = unitOfWork;
    this.readStored = readStored;
    this.readVersions = readVersions;
    this.planner = new PlanSchemaMigrationService(limits);
  }

  /** A version to plan from: its engine and document. */
  private record Side(ProjectVersion version, JsonValue document) {}

  @Override
  public Either<ProjectError, Migration> planVersionMigration(
      UserId caller, ProjectId id, long from, long to, Option<Engine> engine, boolean down) {
    // the documents are read in the transaction; planning (CPU only) happens after it
    return unitOfWork
        .<ProjectError, Tuple2<Side, Side>>inTransaction(
            () ->
                ProjectAccess.visibleStored(caller, id, readStored.readStored(id, false))
                    .flatMap(project -> side(id, from))
                    .flatMap(older -> side(id, to).map(newer -> Tuple.of(older, newer))))
        .flatMap(sides -> plan(sides._1, sides._2, engine, down));
  }

  private Either<ProjectError, Side> side(ProjectId id, long number) {
    var version = readVersions.readVersion(id, number, false);
    var document = readVersions.versionDocument(id, number);
    if (version.isEmpty() || document.isEmpty()) {
      return Either.left(ProjectError.versionNotFound(id, number));
    }
    return Either.right(new Side(version.get(), document.get()));
  }

  private Either<ProjectError, Migration> plan(
      Side older, Side newer, Option<Engine> engine, boolean down) {
    var a = older.version().engine();
    var b = newer.version().engine();
    if (engine.isEmpty() && a != b) {
      return Either.left(
          ProjectError.invalid(
              List.of(
                  Problem.error(
                      "engine",
                      "ENGINE_CHANGED",
                      "version "
                          + older.version().number()
                          + " targets "
                          + a.displayName()
                          + " and version "
                          + newer.version().number()
                          + " "
                          + b.displayName()
                          + "; a migration stays on one engine: name one with ?engine="))));
    }
    return planner.planSchemaMigration(
        older.document(), newer.document(), Option.of(engine.getOrElse(b)), down);
  }
}
