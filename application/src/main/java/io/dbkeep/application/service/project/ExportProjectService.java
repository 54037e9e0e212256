package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.schema.ExportProjectQuery;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

public final class ExportProjectService implements ExportProjectQuery {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SchemaDocuments documents;
  private final Clock clock;

  public ExportProjectService(
      UnitOfWork unitOfWork, LoadProjectPort loadProject, SchemaLimits limits, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.documents = new SchemaDocuments(limits);
    this.clock = clock;
  }

  @Override
  public Either<ProjectError, ProjectExport> exportProject(UserId caller, ProjectId id) {
    return unitOfWork
        .inTransaction(() -> ProjectAccess.visibleTo(caller, id, loadProject.load(id)))
        .map(
            project ->
                ProjectExport.of(
                    project.name().value(),
                    project.engine(),
                    documents.reader().read(project.data()).value(),
                    ISO_MILLIS.format(clock.instant())));
  }
}
