package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.InsertRowCommand;
import io.dbkeep.application.port.in.studio.InsertRowUseCase;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.StudioMode;
import io.vavr.control.Either;
import java.util.ArrayList;

public final class InsertRowService implements InsertRowUseCase {

  private final StudioTables tables;
  private final WriteRowsPort writeRows;
  private final StudioMode mode;

  public InsertRowService(ReadCatalogPort catalog, WriteRowsPort writeRows, StudioMode mode) {
    this.tables = new StudioTables(catalog);
    this.writeRows = writeRows;
    this.mode = mode;
  }

  @Override
  public Either<StudioError, JsonObject> insertRow(InsertRowCommand command) {
    return tables
        .findEditable(command.table(), mode)
        .flatMap(
            table -> {
              var problems =
                  new ArrayList<>(StudioTables.unknownColumns(table, command.values(), "values"));
              for (var column : table.columns()) {
                var given = command.values().get(column.name());
                if (column.required() && (given.isEmpty() || given.get() == JsonNull.INSTANCE)) {
                  problems.add(
                      Problem.error(
                          "values." + column.name(),
                          "REQUIRED",
                          column.name() + " is required (NOT NULL without a default)"));
                }
              }
              if (!problems.isEmpty()) {
                return Either.left(
                    StudioTables.refusal(
                        problems,
                        StudioError.Code.INVALID_VALUE,
                        "Some values are missing or do not fit their columns"));
              }
              return writeRows.insertRow(table, command.values());
            });
  }
}
