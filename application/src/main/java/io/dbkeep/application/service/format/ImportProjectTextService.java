package io.dbkeep.application.service.format;

import io.dbkeep.application.port.in.format.ImportProjectTextCommand;
import io.dbkeep.application.port.in.format.ImportProjectTextUseCase;
import io.dbkeep.application.port.in.format.ImportSchemaQuery;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a text and creates the project through the create use case (which validates the document
 * for the engine and stores it in one transaction).
 */
public final class ImportProjectTextService implements ImportProjectTextUseCase {

  static final String DEFAULT_NAME = "Imported schema";

  private final ImportSchemaQuery importSchema;
  private final CreateProjectUseCase createProject;

  public ImportProjectTextService(
      ImportSchemaQuery importSchema, CreateProjectUseCase createProject) {
    this.importSchema = importSchema;
    this.createProject = createProject;
  }

  @Override
  public Either<ProjectError, SavedProject> importProject(ImportProjectTextCommand command) {
    var imported = importSchema.importSchema(command.text(), command.format());
    if (imported.isLeft()) {
      return Either.left(refusal(imported.getLeft()));
    }
    var schema = imported.get();
    var rawName = command.name().orElse(schema.name()).getOrElse(DEFAULT_NAME);
    var name = ProjectName.of(rawName, "name");
    if (name.isLeft()) {
      return Either.left(ProjectError.invalid(List.of(name.getLeft())));
    }
    var engine = schema.engine().getOrElse(Engine.POSTGRESQL);
    var data = SchemaDocumentWriter.write(schema.document());
    return createProject
        .createProject(
            new CreateProjectCommand(command.caller(), name.get(), engine, Option.of(data)))
        .map(
            saved -> {
              var problems = new ArrayList<Problem>();
              saved
                  .problems()
                  .forEach(
                      problem ->
                          problems.add(
                              new Problem(
                                  problem.path().isEmpty() ? "data" : "data." + problem.path(),
                                  problem.code(),
                                  problem.severity(),
                                  problem.message())));
              schema
                  .warnings()
                  .forEach(
                      warning ->
                          problems.add(
                              Problem.warning(
                                  "line " + warning.line(), warning.code(), warning.message())));
              return new SavedProject(saved.project(), problems);
            });
  }

  /** An import refusal in the project error envelope: the place is the detail's path. */
  public static ProjectError refusal(ImportError error) {
    var code =
        switch (error.code()) {
          case SYNTAX_ERROR -> ProjectError.Code.IMPORT_SYNTAX_ERROR;
          case UNSUPPORTED -> ProjectError.Code.IMPORT_UNSUPPORTED;
          case TOO_LARGE -> ProjectError.Code.IMPORT_TOO_LARGE;
        };
    return new ProjectError(
        code,
        "The text could not be imported: " + error.located(),
        List.of(
            Problem.error(
                error.line() + ":" + error.column(), error.code().name(), error.message())),
        Option.none());
  }
}
