package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.DeleteRowsCommand;
import io.dbkeep.application.port.in.studio.DeleteRowsUseCase;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.StudioMode;
import io.vavr.control.Either;
import java.util.ArrayList;

public final class DeleteRowsService implements DeleteRowsUseCase {

  private final StudioTables tables;
  private final WriteRowsPort writeRows;
  private final StudioMode mode;

  public DeleteRowsService(ReadCatalogPort catalog, WriteRowsPort writeRows, StudioMode mode) {
    this.tables = new StudioTables(catalog);
    this.writeRows = writeRows;
    this.mode = mode;
  }

  @Override
  public Either<StudioError, Integer> deleteRows(DeleteRowsCommand command) {
    return tables
        .findEditable(command.table(), mode)
        .flatMap(
            table -> {
              var problems = new ArrayList<Problem>();
              if (command.keys().isEmpty()) {
                problems.add(Problem.error("keys", "REQUIRED", "keys must list at least one row"));
              }
              if (command.keys().size() > DeleteRowsCommand.MAX_KEYS) {
                problems.add(
                    Problem.error(
                        "keys",
                        "TOO_MANY_KEYS",
                        "At most " + DeleteRowsCommand.MAX_KEYS + " rows can be deleted at once"));
              }
              for (int i = 0; i < command.keys().size() && problems.size() < 20; i++) {
                var path = "keys[" + i + "]";
                var unknown = StudioTables.unknownColumns(table, command.keys().get(i), path);
                problems.addAll(
                    unknown.isEmpty()
                        ? StudioTables.keyProblems(table, command.keys().get(i), path)
                        : unknown);
              }
              if (!problems.isEmpty()) {
                return Either.left(
                    StudioTables.refusal(
                        problems, StudioError.Code.INVALID_VALUE, "The delete is not valid"));
              }
              return writeRows.deleteRows(table, command.keys());
            });
  }
}
