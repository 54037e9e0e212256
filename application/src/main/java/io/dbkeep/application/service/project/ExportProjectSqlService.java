package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.schema.ExportProjectSqlQuery;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.DdlExport;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class ExportProjectSqlService implements ExportProjectSqlQuery {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SchemaDocuments documents;

  public ExportProjectSqlService(
      UnitOfWork unitOfWork, LoadProjectPort loadProject, SchemaLimits limits) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.documents = new SchemaDocuments(limits);
  }

  @Override
  public Either<ProjectError, DdlExport> exportProjectSql(
      UserId caller, ProjectId id, Option<Engine> engine) {
    return unitOfWork
        .inTransaction(() -> ProjectAccess.visibleTo(caller, id, loadProject.load(id)))
        .flatMap(
            project -> {
              var target = engine.getOrElse(project.engine());
              var decoded = documents.reader().read(project.data());
              if (decoded.hasErrors()) {
                return Either.left(
                    ProjectError.schemaInvalid(
                        SchemaValidator.validate(decoded, target).problems()));
              }
              return DdlExporter.export(decoded.value(), target)
                  .mapLeft(report -> ProjectError.schemaInvalid(report.problems()));
            });
  }
}
