package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.application.port.in.studio.BrowseRowsQuery;
import io.dbkeep.application.port.in.studio.CancelSqlUseCase;
import io.dbkeep.application.port.in.studio.CountRowsQuery;
import io.dbkeep.application.port.in.studio.DeleteRowsUseCase;
import io.dbkeep.application.port.in.studio.DescribeStudioQuery;
import io.dbkeep.application.port.in.studio.DescribeTableQuery;
import io.dbkeep.application.port.in.studio.InsertRowUseCase;
import io.dbkeep.application.port.in.studio.IntrospectDatabaseQuery;
import io.dbkeep.application.port.in.studio.ListTablesQuery;
import io.dbkeep.application.port.in.studio.RunSqlUseCase;
import io.dbkeep.application.port.in.studio.UpdateRowUseCase;
import java.util.Objects;

/** The Studio's in-ports, as the controller needs them. */
public record StudioUseCases(
    DescribeStudioQuery describeStudio,
    ListTablesQuery listTables,
    DescribeTableQuery describeTable,
    CountRowsQuery countRows,
    BrowseRowsQuery browseRows,
    InsertRowUseCase insertRow,
    UpdateRowUseCase updateRow,
    DeleteRowsUseCase deleteRows,
    RunSqlUseCase runSql,
    CancelSqlUseCase cancelSql,
    IntrospectDatabaseQuery introspect) {

  public StudioUseCases {
    Objects.requireNonNull(describeStudio, "describeStudio");
    Objects.requireNonNull(listTables, "listTables");
    Objects.requireNonNull(describeTable, "describeTable");
    Objects.requireNonNull(countRows, "countRows");
    Objects.requireNonNull(browseRows, "browseRows");
    Objects.requireNonNull(insertRow, "insertRow");
    Objects.requireNonNull(updateRow, "updateRow");
    Objects.requireNonNull(deleteRows, "deleteRows");
    Objects.requireNonNull(runSql, "runSql");
    Objects.requireNonNull(cancelSql, "cancelSql");
    Objects.requireNonNull(introspect, "introspect");
  }
}
