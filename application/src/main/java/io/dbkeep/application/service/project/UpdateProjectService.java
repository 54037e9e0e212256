package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.SaveProjectDocumentPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;

public final class UpdateProjectService implements UpdateProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SaveProjectPort saveProject;
  private final RecordProjectVersionPort recordVersion;
  private final Clock clock;
  private final SchemaDocuments documents;
  private final Option<FastSave> fastSave;

  /** The ports of the one-statement save of a new document. */
  public record FastSave(SaveProjectDocumentPort saveDocument, ReadStoredProjectPort readStored) {}

  public UpdateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      Clock clock) {
    this(unitOfWork, loadProject, saveProject, recordVersion, clock, SchemaLimits.DEFAULT);
  }

  public UpdateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      Clock clock,
      SchemaLimits limits) {
    this(unitOfWork, loadProject, saveProject, recordVersion, clock, limits, Option.none());
  }

  /**
   * @param fastSave when given, a save with a document neither loads nor locks the old one: the
   *     document is read once, stored by one statement guarded by owner and version, and its
   *     problems for the engine the statement returns are computed after the transaction
   */
  public UpdateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      Clock clock,
      SchemaLimits limits,
      Option<FastSave> fastSave) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.saveProject = saveProject;
    this.recordVersion = recordVersion;
    this.clock = clock;
    this.documents = new SchemaDocuments(limits);
    this.fastSave = fastSave;
  }

  @Override
  public Either<ProjectError, SavedProject> updateProject(UpdateProjectCommand command) {
    if (command.hasDocument() && fastSave.isDefined()) {
      return saveDocument(command, fastSave.get());
    }
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleTo(
                    command.caller(), command.id(), loadProject.loadForUpdate(command.id()))
                .flatMap(stored -> stored.expectVersion(command.expectedVersion()))
                .flatMap(stored -> change(stored, command))
                .map(
                    changed ->
                        new SavedProject(
                            recorded(saveProject.update(changed.project()), command),
                            changed.problems())));
  }

  private Either<ProjectError, SavedProject> saveDocument(
      UpdateProjectCommand command, FastSave ports) {
    var ready =
        command.document().isDefined()
            ? documents.prepare(command.document().get())
            : documents.prepare(command.data().get());
    return ready.flatMap(
        prepared ->
            unitOfWork
                .<ProjectError, StoredProject>inTransaction(
                    () ->
                        ports
                            .saveDocument()
                            .saveDocument(
                                command.id(),
                                command.caller(),
                                command.name(),
                                command.engine(),
                                prepared.document(),
                                command.expectedVersion().getOrElse(ExpectedVersion.ANY),
                                Now.of(clock))
                            .peek(stored -> recorded(stored, command))
                            .toEither(() -> whyNotSaved(command, ports)))
                .map(
                    stored ->
                        new SavedProject(
                            new Project(
                                stored.id(),
                                stored.name(),
                                stored.engine(),
                                stored.createdBy(),
                                stored.owner(),
                                command.returnDocument()
                                    ? SchemaDocumentWriter.write(prepared.document())
                                    : SchemaDocuments.emptyDocument(),
                                stored.createdAt(),
                                stored.updatedAt(),
                                stored.version()),
                            documents.problems(prepared, stored.engine()))));
  }

  /** Records the stored change as the project's next version, in the save's transaction. */
  private <T> T recorded(T stored, UpdateProjectCommand command) {
    recordVersion.recordVersion(command.id(), command.caller(), VersionNotes.NONE);
    return stored;
  }

  /** Nothing was updated: the project is not the caller's, or not at the expected version. */
  private static ProjectError whyNotSaved(UpdateProjectCommand command, FastSave ports) {
    var current =
        ports
            .readStored()
            .readStored(command.id(), false)
            .filter(project -> project.isAccessibleBy(command.caller()));
    if (current.isEmpty() || command.expectedVersion().forAll(ExpectedVersion::any)) {
      return ProjectError.notFound(command.id());
    }
    return ProjectError.versionMismatch(command.expectedVersion().get(), current.get().version());
  }

  /** The changed project; its document is checked when the document or the engine changes. */
  private Either<ProjectError, SavedProject> change(Project stored, UpdateProjectCommand command) {
    if (!command.hasDocument() && command.engine().isEmpty()) {
      return Either.right(
          new SavedProject(
              stored.change(command.name(), Option.none(), Option.none(), Now.of(clock)),
              List.of()));
    }
    var engine = command.engine().getOrElse(stored.engine());
    var checked =
        command.document().isDefined()
            ? documents.accept(documents.read(command.document().get()), engine)
            : documents.accept(command.data().getOrElse(stored.data()), engine);
    return checked.map(
        accepted ->
            new SavedProject(
                stored.change(
                    command.name(), command.engine(), Option.of(accepted.data()), Now.of(clock)),
                accepted.problems()));
  }
}
