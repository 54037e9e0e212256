package io.dbkeep.application.service.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryStudioDatabase;
import io.dbkeep.application.port.in.studio.BrowseRowsCommand;
import io.dbkeep.application.port.in.studio.DeleteRowsCommand;
import io.dbkeep.application.port.in.studio.InsertRowCommand;
import io.dbkeep.application.port.in.studio.RunSqlCommand;
import io.dbkeep.application.port.in.studio.UpdateRowCommand;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.FilterOperator;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowCursor;
import io.dbkeep.domain.studio.RowFilter;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.RowSort;
import io.dbkeep.domain.studio.SortDirection;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.domain.studio.TableRef;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudioServicesTest {

  private final InMemoryStudioDatabase database =
      new InMemoryStudioDatabase()
          .withPeopleTable("people")
          .withRow("people", row(1, "Ada"))
          .withRow("people", row(2, "Grace"));

  private static JsonObject row(long id, String name) {
    return new JsonObject(Map.of("id", JsonNumber.of(id), "name", new JsonString(name)));
  }

  private static final TableRef PEOPLE = new TableRef("main", "people");

  private RowSelection selection(List<RowFilter> filters, Option<RowSort> sort, Paging paging) {
    return new RowSelection(filters, sort, paging, 50, false, false);
  }

  @Test
  void unknownSchemaTableAndColumnsAreNamed() {
    var browse = new BrowseRowsService(database, database);
    assertThat(
            browse
                .browseRows(
                    new BrowseRowsCommand(new TableRef("nope", "people"), RowSelection.firstPage()))
                .getLeft()
                .code())
        .isEqualTo(StudioError.Code.SCHEMA_NOT_FOUND);
    var missingTable =
        browse
            .browseRows(
                new BrowseRowsCommand(new TableRef("main", "nope"), RowSelection.firstPage()))
            .getLeft();
    assertThat(missingTable.code()).isEqualTo(StudioError.Code.TABLE_NOT_FOUND);
    assertThat(missingTable.message()).contains("\"nope\"");
    var badColumn =
        browse
            .browseRows(
                new BrowseRowsCommand(
                    PEOPLE,
                    selection(
                        List.of(RowFilter.of("nme", FilterOperator.EQ, new JsonString("x"))),
                        Option.of(new RowSort("agе", SortDirection.ASC)),
                        Paging.first())))
            .getLeft();
    assertThat(badColumn.code()).isEqualTo(StudioError.Code.COLUMN_NOT_FOUND);
    assertThat(badColumn.details())
        .extracting(p -> p.path())
        .containsExactly("filter[0].column", "sort");
  }

  @Test
  void cursorsMustFitTheOrder() {
    var browse = new BrowseRowsService(database, database);
    var wrong =
        browse
            .browseRows(
                new BrowseRowsCommand(
                    PEOPLE,
                    selection(
                        List.of(),
                        Option.of(new RowSort("name", SortDirection.ASC)),
                        new Paging.After(new RowCursor(List.of(JsonNumber.of(1)))))))
            .getLeft();
    assertThat(wrong.code()).isEqualTo(StudioError.Code.INVALID_QUERY);
    assertThat(wrong.details()).extracting(p -> p.code()).containsExactly("INVALID_CURSOR");
    var page =
        browse
            .browseRows(
                new BrowseRowsCommand(
                    PEOPLE,
                    selection(
                        List.of(),
                        Option.none(),
                        new Paging.After(new RowCursor(List.of(JsonNumber.of(1)))))))
            .get();
    assertThat(page.rows()).hasSize(1);
  }

  @Test
  void readOnlyModeRefusesWritesBeforeTheyReachTheDatabase() {
    var readOnly = new StudioMode(true, true);
    assertThat(
            new InsertRowService(database, database, readOnly)
                .insertRow(new InsertRowCommand(PEOPLE, row(3, "x")))
                .getLeft()
                .code())
        .isEqualTo(StudioError.Code.READ_ONLY);
    assertThat(
            new UpdateRowService(database, database, readOnly)
                .updateRow(
                    new UpdateRowCommand(PEOPLE, row(1, "x"), row(1, "y"), JsonObject.empty()))
                .getLeft()
                .code())
        .isEqualTo(StudioError.Code.READ_ONLY);
    assertThat(
            new DeleteRowsService(database, database, readOnly)
                .deleteRows(new DeleteRowsCommand(PEOPLE, List.of(row(1, "x"))))
                .getLeft()
                .code())
        .isEqualTo(StudioError.Code.READ_ONLY);
    assertThat(database.rowsOf("people")).hasSize(2);
  }

  @Test
  void insertsNeedRequiredColumnsAndKnownNames() {
    var insert = new InsertRowService(database, database, StudioMode.readWrite());
    var missing =
        insert
            .insertRow(
                new InsertRowCommand(PEOPLE, new JsonObject(Map.of("note", new JsonString("n")))))
            .getLeft();
    assertThat(missing.code()).isEqualTo(StudioError.Code.INVALID_VALUE);
    assertThat(missing.details()).extracting(p -> p.path()).containsExactly("values.name");
    var unknown =
        insert
            .insertRow(
                new InsertRowCommand(
                    PEOPLE,
                    new JsonObject(
                        Map.of("name", new JsonString("n"), "x\"; drop", JsonNumber.of(1)))))
            .getLeft();
    assertThat(unknown.code()).isEqualTo(StudioError.Code.COLUMN_NOT_FOUND);
    assertThat(
            insert
                .insertRow(
                    new InsertRowCommand(
                        PEOPLE, new JsonObject(Map.of("name", new JsonString("Linus")))))
                .get()
                .get("id")
                .get())
        .isEqualTo(JsonNumber.of(3));
  }

  @Test
  void updatesAndDeletesNeedTheWholePrimaryKey() {
    var update = new UpdateRowService(database, database, StudioMode.readWrite());
    var noKey =
        update
            .updateRow(
                new UpdateRowCommand(
                    PEOPLE,
                    new JsonObject(Map.of("name", new JsonString("Ada"))),
                    row(1, "A"),
                    JsonObject.empty()))
            .getLeft();
    assertThat(noKey.details()).extracting(p -> p.code()).containsExactly("INVALID_KEY");
    var delete = new DeleteRowsService(database, database, StudioMode.readWrite());
    assertThat(delete.deleteRows(new DeleteRowsCommand(PEOPLE, List.of())).getLeft().details())
        .extracting(p -> p.path())
        .containsExactly("keys");
    assertThat(
            delete
                .deleteRows(
                    new DeleteRowsCommand(
                        PEOPLE,
                        List.of(
                            new JsonObject(Map.of("id", JsonNumber.of(1))),
                            new JsonObject(Map.of("id", JsonNumber.of(9))))))
                .getLeft()
                .code())
        .isEqualTo(StudioError.Code.ROW_NOT_FOUND);
    assertThat(database.rowsOf("people")).hasSize(2);
  }

  @Test
  void theConsoleCanBeSwitchedOff() {
    var off = new RunSqlService(database, new StudioMode(false, false));
    assertThat(off.runSql(new RunSqlCommand("select 1", "r")).getLeft().code())
        .isEqualTo(StudioError.Code.SQL_DISABLED);
    var on = new RunSqlService(database, StudioMode.readWrite());
    assertThat(on.runSql(new RunSqlCommand("  ", "r")).getLeft().code())
        .isEqualTo(StudioError.Code.INVALID_QUERY);
    assertThat(on.runSql(new RunSqlCommand("select 1", "r")).get()).hasSize(1);
  }

  @Test
  void aNulCharacterInTheSqlTextIsRefusedBeforeItReachesTheDatabase() {
    var on = new RunSqlService(database, StudioMode.readWrite());
    var refused = on.runSql(new RunSqlCommand("select '\u0000'", "r")).getLeft();
    assertThat(refused.code()).isEqualTo(StudioError.Code.INVALID_QUERY);
    assertThat(refused.details()).extracting(Problem::code).containsExactly("NUL_CHARACTER");
  }
}
