package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.BrowseRowsCommand;
import io.dbkeep.application.port.in.studio.BrowseRowsQuery;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.ReadRowsPort;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowCursor;
import io.dbkeep.domain.studio.RowOrder;
import io.dbkeep.domain.studio.RowPage;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

public final class BrowseRowsService implements BrowseRowsQuery {

  /** The most values an {@code in} filter may list. */
  static final int MAX_IN_VALUES = 1_000;

  private final StudioTables tables;
  private final ReadRowsPort rows;

  public BrowseRowsService(ReadCatalogPort catalog, ReadRowsPort rows) {
    this.tables = new StudioTables(catalog);
    this.rows = rows;
  }

  @Override
  public Either<StudioError, RowPage> browseRows(BrowseRowsCommand command) {
    return tables
        .find(command.table())
        .flatMap(table -> check(table, command.selection()).map(ok -> table))
        .flatMap(table -> rows.readRows(table, command.selection()));
  }

  private static Either<StudioError, RowSelection> check(
      TableStructure table, RowSelection selection) {
    var problems = new ArrayList<Problem>();
    var filters = selection.filters();
    for (int i = 0; i < filters.size(); i++) {
      var filter = filters.get(i);
      var path = "filter[" + i + "]";
      var column = table.column(filter.column());
      if (column.isEmpty()) {
        problems.add(unknownColumn(table, path + ".column", filter.column()));
        continue;
      }
      var kind = column.get().kind();
      if (filter.operator().comparison() && !kind.ordered()) {
        problems.add(
            Problem.error(
                path + ".op",
                "UNSUPPORTED_OPERATOR",
                "Values of "
                    + filter.column()
                    + " ("
                    + column.get().type().display()
                    + ") cannot be compared with "
                    + filter.operator().label()));
      }
      if ((filter.operator().wireName().equals("contains")
              || filter.operator().wireName().equals("startswith"))
          && !(filter.value() instanceof JsonString)) {
        problems.add(
            Problem.error(
                path + ".value", "WRONG_TYPE", filter.operator().label() + " needs a text value"));
      }
      if (filter.operator().takesList() && filter.values().size() > MAX_IN_VALUES) {
        problems.add(
            Problem.error(
                path + ".value",
                "TOO_MANY_VALUES",
                "in takes at most " + MAX_IN_VALUES + " values"));
      }
    }
    selection
        .sort()
        .forEach(
            sort -> {
              var column = table.column(sort.column());
              if (column.isEmpty()) {
                problems.add(unknownColumn(table, "sort", sort.column()));
              } else if (column.get().kind() == ValueKind.JSON) {
                problems.add(
                    Problem.error(
                        "sort",
                        "UNSORTABLE",
                        "Rows cannot be sorted by " + sort.column() + ", a JSON column"));
              }
            });
    if (problems.isEmpty()) {
      cursorProblem(table, selection).forEach(problems::add);
    }
    if (problems.isEmpty()) {
      return Either.right(selection);
    }
    return Either.left(
        StudioTables.refusal(problems, StudioError.Code.INVALID_QUERY, "The query is not valid"));
  }

  private static Option<Problem> cursorProblem(TableStructure table, RowSelection selection) {
    Option<RowCursor> cursor;
    String path;
    if (selection.paging() instanceof Paging.After after) {
      cursor = Option.of(after.cursor());
      path = "after";
    } else if (selection.paging() instanceof Paging.Before before) {
      cursor = Option.of(before.cursor());
      path = "before";
    } else {
      return Option.none();
    }
    var order = RowOrder.of(table, selection.sort());
    if (!order.total()) {
      return Option.of(
          Problem.error(
              path,
              "KEYSET_UNAVAILABLE",
              table.table().name() + " has no primary key; page with offset instead"));
    }
    if (cursor.get().values().size() != order.keys().size()) {
      return Option.of(
          Problem.error(
              path,
              "INVALID_CURSOR",
              "The cursor does not belong to this table and sort; start from the first page"));
    }
    return Option.none();
  }

  private static Problem unknownColumn(TableStructure table, String path, String name) {
    return Problem.error(
        path,
        "COLUMN_NOT_FOUND",
        "Table " + table.table().name() + " has no column \"" + name + "\"");
  }

  /** For tests: the checks alone. */
  static List<Problem> problemsOf(TableStructure table, RowSelection selection) {
    return check(table, selection).fold(StudioError::details, ok -> List.of());
  }
}
