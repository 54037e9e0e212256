package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.UpdateRowCommand;
import io.dbkeep.application.port.in.studio.UpdateRowUseCase;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.StudioMode;
import io.vavr.control.Either;
import java.util.ArrayList;

public final class UpdateRowService implements UpdateRowUseCase {

  private final StudioTables tables;
  private final WriteRowsPort writeRows;
  private final StudioMode mode;

  public UpdateRowService(ReadCatalogPort catalog, WriteRowsPort writeRows, StudioMode mode) {
    this.tables = new StudioTables(catalog);
    this.writeRows = writeRows;
    this.mode = mode;
  }

  @Override
  public Either<StudioError, JsonObject> updateRow(UpdateRowCommand command) {
    return tables
        .findEditable(command.table(), mode)
        .flatMap(
            table -> {
              var problems = new ArrayList<Problem>();
              problems.addAll(StudioTables.unknownColumns(table, command.key(), "key"));
              problems.addAll(StudioTables.unknownColumns(table, command.set(), "set"));
              problems.addAll(StudioTables.unknownColumns(table, command.expect(), "expect"));
              if (problems.isEmpty()) {
                problems.addAll(StudioTables.keyProblems(table, command.key(), "key"));
              }
              if (command.set().members().isEmpty()) {
                problems.add(Problem.error("set", "REQUIRED", "set must name at least one column"));
              }
              if (!problems.isEmpty()) {
                return Either.left(
                    StudioTables.refusal(
                        problems, StudioError.Code.INVALID_VALUE, "The update is not valid"));
              }
              return writeRows.updateRow(table, command.key(), command.set(), command.expect());
            });
  }
}
