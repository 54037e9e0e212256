package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.project.ProjectVersionController;
import io.dbkeep.application.port.in.project.RestoreProjectVersionUseCase;
import io.dbkeep.application.port.out.project.AnnotateProjectVersionPort;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.RestoreProjectVersionPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.service.project.AnnotateProjectVersionService;
import io.dbkeep.application.service.project.GetProjectVersionService;
import io.dbkeep.application.service.project.ListProjectVersionsService;
import io.dbkeep.application.service.project.PlanVersionMigrationService;
import io.dbkeep.application.service.project.RestoreProjectVersionService;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.json.JsonCodec;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Wires project versions: their use cases and HTTP routes. {@code restores} may wrap the restore
 * use case (the read replica records the author's write position after each, ADR 0108).
 */
final class VersionWiring {

  private VersionWiring() {}

  static <
          V extends
              RecordProjectVersionPort & ReadProjectVersionsPort & AnnotateProjectVersionPort
                  & RestoreProjectVersionPort>
      WebRoutes routes(
          UnitOfWork unitOfWork,
          ReadStoredProjectPort projects,
          V versions,
          CallerResolver callers,
          JsonCodec codec,
          SchemaLimits limits,
          Clock clock,
          UnaryOperator<RestoreProjectVersionUseCase> restores) {
    return new ProjectVersionController(
        callers,
        codec,
        new ListProjectVersionsService(unitOfWork, projects, versions),
        new GetProjectVersionService(unitOfWork, projects, versions),
        new AnnotateProjectVersionService(unitOfWork, projects, versions, versions),
        restores.apply(
            new RestoreProjectVersionService(
                unitOfWork, projects, versions, versions, versions, clock)),
        new PlanVersionMigrationService(unitOfWork, projects, versions, limits));
  }
}
