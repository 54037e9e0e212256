package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.ReadRowsPort;
import io.dbkeep.application.port.out.studio.RunSqlPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.studio.FilterOperator;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowFilter;
import io.dbkeep.domain.studio.RowPage;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the Studio's out-ports promises, whatever is behind them: the
 * in-memory fake that service and web tests use runs it, and so does each JDBC adapter on a real
 * server (which adds what only a real database can show: SQL, engines' types, timeouts).
 *
 * <p>The fixture: {@code people (id integer primary key generated, name text not null, note text
 * null)} holding {@link #PEOPLE} rows, {@code Person 01} … with ids from 1.
 */
public abstract class StudioPortContract {

  /** How many rows the people table starts with. */
  protected static final int PEOPLE = 30;

  /** The four Studio out-ports of the implementation under test. */
  public record StudioPorts(
      ReadCatalogPort catalog, ReadRowsPort rows, WriteRowsPort writer, RunSqlPort console) {}

  /** The ports, over the fixture that {@link #freshPeople} made. */
  protected abstract StudioPorts ports();

  /** The schema the people table lives in. */
  protected abstract String peopleSchema();

  /** (Re)creates the people table holding one row per name, ids from 1, notes null. */
  protected abstract void freshPeople(List<String> names) throws Exception;

  @BeforeEach
  void freshFixtureOfPeople() throws Exception {
    var names = new ArrayList<String>();
    for (int i = 1; i <= PEOPLE; i++) {
      names.add(String.format("Person %02d", i));
    }
    freshPeople(names);
  }

  private TableStructure people() {
    return ports().catalog().describeTable(new TableRef(peopleSchema(), "people")).get();
  }

  private static JsonObject object(Object... pairs) {
    var members = new LinkedHashMap<String, JsonValue>();
    for (int i = 0; i < pairs.length; i += 2) {
      var value = pairs[i + 1];
      members.put(
          (String) pairs[i],
          value == null
              ? JsonNull.INSTANCE
              : value instanceof JsonValue json
                  ? json
                  : value instanceof Number number
                      ? new JsonNumber(new BigDecimal(number.toString()))
                      : new JsonString(value.toString()));
    }
    return new JsonObject(members);
  }

  private static long id(JsonObject row) {
    var value = row.get("id").get();
    return value instanceof JsonNumber number
        ? number.value().longValueExact()
        : Long.parseLong(((JsonString) value).value());
  }

  private RowPage page(List<RowFilter> filters, Paging paging, int limit) {
    return ports()
        .rows()
        .readRows(people(), new RowSelection(filters, Option.none(), paging, limit, false, false))
        .getOrElseThrow(e -> new AssertionError(e.toString()));
  }

  private List<Long> ids() {
    return page(List.of(), Paging.first(), 500).rows().stream()
        .map(StudioPortContract::id)
        .toList();
  }

  @Test
  void theCatalogListsAndDescribesTheTable() {
    var summary =
        ports().catalog().listTables().stream()
            .filter(t -> t.table().name().equals("people"))
            .findFirst()
            .orElseThrow();
    assertThat(summary.table().schema()).isEqualTo(peopleSchema());
    assertThat(summary.rowCount()).contains((long) PEOPLE);
    var people = people();
    assertThat(people.primaryKey()).containsExactly("id");
    assertThat(people.columns()).extracting(c -> c.name()).containsExactly("id", "name", "note");
    assertThat(people.column("id").get().kind()).isEqualTo(ValueKind.INTEGER);
    assertThat(people.column("name").get().nullable()).isFalse();
    assertThat(people.column("note").get().nullable()).isTrue();
    assertThat(ports().catalog().countRows(people).get()).isEqualTo(PEOPLE);
    assertThat(ports().catalog().schemaExists(peopleSchema())).isTrue();
    assertThat(ports().catalog().schemaExists("no_such_schema")).isFalse();
    assertThat(ports().catalog().describeTable(new TableRef(peopleSchema(), "no_such_table")))
        .isEmpty();
  }

  @Test
  void anEqualityFilterFindsTheMatchingRows() {
    var byId =
        page(List.of(RowFilter.of("id", FilterOperator.EQ, JsonNumber.of(7))), Paging.first(), 10);
    assertThat(byId.rows()).extracting(StudioPortContract::id).containsExactly(7L);
    assertThat(byId.rows().get(0).get("name").get()).isEqualTo(new JsonString("Person 07"));
    var byText =
        page(
            List.of(RowFilter.of("id", FilterOperator.EQ, new JsonString("8"))),
            Paging.first(),
            10);
    assertThat(byText.rows()).extracting(StudioPortContract::id).containsExactly(8L);
    var byName =
        page(
            List.of(RowFilter.of("name", FilterOperator.EQ, new JsonString("Person 09"))),
            Paging.first(),
            10);
    assertThat(byName.rows()).extracting(StudioPortContract::id).containsExactly(9L);
    assertThat(byName.total()).isEqualTo(1);
  }

  @Test
  void offsetPagesCountTheTotal() {
    var last = page(List.of(), new Paging.Offset(20), 10);
    assertThat(last.rows()).extracting(StudioPortContract::id).startsWith(21L).hasSize(10);
    assertThat(last.total()).isEqualTo(PEOPLE);
    assertThat(last.next()).isEmpty();
  }

  @Test
  void keysetPagesWalkEveryRowOnce() {
    var seen = new ArrayList<Long>();
    var current = page(List.of(), Paging.first(), 7);
    while (true) {
      current.rows().forEach(row -> seen.add(id(row)));
      if (current.next().isEmpty()) {
        break;
      }
      current = page(List.of(), new Paging.After(current.next().get()), 7);
    }
    assertThat(seen).hasSize(PEOPLE).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void aValueThatDoesNotFitItsColumnIsInvalidNamingWhere() {
    for (var value :
        List.<JsonValue>of(
            new JsonString("1; DROP TABLE people"),
            new JsonString("twelve"),
            new JsonNumber(new BigDecimal("1e1000000")),
            new JsonNumber(new BigDecimal("1e50000000")),
            new JsonString("1e1000000"),
            new JsonNumber(new BigDecimal("1.5")))) {
      var filtered =
          ports()
              .rows()
              .readRows(
                  people(),
                  new RowSelection(
                      List.of(RowFilter.of("id", FilterOperator.EQ, value)),
                      Option.none(),
                      Paging.first(),
                      10,
                      false,
                      false));
      assertThat(filtered.getLeft().code())
          .as("%s", value)
          .isEqualTo(StudioError.Code.INVALID_VALUE);
      assertThat(filtered.getLeft().details())
          .extracting(p -> p.path())
          .containsExactly("filter[0].value");
      var inserted = ports().writer().insertRow(people(), object("id", value, "name", "x"));
      assertThat(inserted.getLeft().code())
          .as("%s", value)
          .isEqualTo(StudioError.Code.INVALID_VALUE);
      assertThat(inserted.getLeft().details())
          .extracting(p -> p.path())
          .containsExactly("values.id");
      assertThat(inserted.getLeft().details().get(0).message()).contains("id").hasSizeLessThan(400);
    }
    assertThat(ids()).hasSize(PEOPLE);
  }

  @Test
  void insertAnswersTheStoredRowWithItsGeneratedKey() {
    var inserted = ports().writer().insertRow(people(), object("name", "New One")).get();
    assertThat(id(inserted)).isGreaterThan(PEOPLE);
    assertThat(inserted.get("name").get()).isEqualTo(new JsonString("New One"));
    assertThat(inserted.get("note").get()).isEqualTo(JsonNull.INSTANCE);
    assertThat(ids()).hasSize(PEOPLE + 1).contains(id(inserted));

    var twin = ports().writer().insertRow(people(), object("id", 3, "name", "Twin"));
    assertThat(twin.getLeft().code()).isEqualTo(StudioError.Code.CONSTRAINT_VIOLATION);
    assertThat(ids()).hasSize(PEOPLE + 1);
  }

  @Test
  void updateChecksTheExpectedValuesAndReportsConflicts() {
    var updated =
        ports()
            .writer()
            .updateRow(
                people(), object("id", 3), object("note", "hello"), object("name", "Person 03"))
            .get();
    assertThat(updated.get("note").get()).isEqualTo(new JsonString("hello"));

    var conflict =
        ports()
            .writer()
            .updateRow(people(), object("id", 3), object("note", "again"), object("note", null));
    assertThat(conflict.getLeft().code()).isEqualTo(StudioError.Code.ROW_CONFLICT);
    assertThat(conflict.getLeft().currentRow().get().get("note").get())
        .isEqualTo(new JsonString("hello"));

    var gone =
        ports().writer().updateRow(people(), object("id", 9999), object("note", "x"), object());
    assertThat(gone.getLeft().code()).isEqualTo(StudioError.Code.ROW_NOT_FOUND);
  }

  @Test
  void deletesAreAllOrNothing() {
    var missing =
        ports().writer().deleteRows(people(), List.of(object("id", 10), object("id", 99999)));
    assertThat(missing.getLeft().code()).isEqualTo(StudioError.Code.ROW_NOT_FOUND);
    assertThat(missing.getLeft().details()).extracting(p -> p.path()).containsExactly("keys[1]");
    assertThat(ids()).contains(10L).hasSize(PEOPLE);

    assertThat(
            ports()
                .writer()
                .deleteRows(people(), List.of(object("id", 10), object("id", 11)))
                .get())
        .isEqualTo(2);
    assertThat(ids()).doesNotContain(10L, 11L).hasSize(PEOPLE - 2);
  }

  @Test
  void theConsoleAnswersAQueryAndRefusesEmptyText() {
    var results = ports().console().runSql("SELECT 42 AS answer", "contract-run").get();
    assertThat(results).hasSize(1);
    var rows = (StatementResult.Rows) results.get(0);
    assertThat(rows.columns()).extracting(c -> c.name()).containsExactly("answer");
    assertThat(((JsonNumber) rows.rows().get(0).get(0)).value().intValue()).isEqualTo(42);
    assertThat(rows.truncated()).isFalse();

    var empty = ports().console().runSql("  -- nothing\n", "contract-empty");
    assertThat(empty.getLeft().code()).isEqualTo(StudioError.Code.INVALID_QUERY);
    assertThat(ports().console().cancel("no-such-run")).isFalse();
  }
}
