package io.dbkeep.adapter.out.studio;

import io.dbkeep.application.port.out.studio.ReadRowsPort;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.OrderKey;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowCursor;
import io.dbkeep.domain.studio.RowOrder;
import io.dbkeep.domain.studio.RowPage;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TruncatedCell;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link ReadRowsPort}: one SELECT for the page (limit + 1 rows, to know whether more follow) and,
 * when needed, one count. Keyset pages use the order's columns in the WHERE clause, so they cost
 * the same at any depth.
 */
final class JdbcRowReader implements ReadRowsPort {

  /** Unfiltered tables estimated above this many rows report the estimate as their total. */
  static final long ESTIMATE_ABOVE = 50_000;

  /** A filtered count stops at this many rows (then the total is a lower bound). */
  static final long COUNT_CAP = 10_000;

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcRowReader(Transactions transactions) {
    this.transactions = transactions;
    this.dialect = transactions.dialect();
  }

  @Override
  public Either<StudioError, RowPage> readRows(TableStructure table, RowSelection selection) {
    return transactions.read(session -> read(session, table, selection));
  }

  private Either<StudioError, RowPage> read(
      Session session, TableStructure table, RowSelection selection)
      throws SQLException, StatementGuard.StoppedException {
    var conditions = new Conditions(dialect, table);
    var filters = conditions.filters(selection.filters());
    var order = RowOrder.of(table, selection.sort());
    var paging = selection.paging();
    var backwards = paging instanceof Paging.Before;
    List<OrderKey> keys = backwards ? order.reversed().keys() : order.keys();
    Sql keyset = null;
    if (paging instanceof Paging.After after) {
      keyset = conditions.after(keys, after.cursor(), "after");
    } else if (paging instanceof Paging.Before before) {
      keyset = conditions.after(keys, before.cursor(), "before");
    }
    if (!conditions.problems().isEmpty()) {
      return Either.left(StudioError.invalidValues(conditions.problems()));
    }
    var sql =
        new Sql(
            "SELECT "
                + RowMapping.selectList(dialect, table)
                + " FROM "
                + dialect.table(table.table()));
    var where = new Sql();
    if (!filters.isEmpty()) {
      where.append(filters);
    }
    if (keyset != null) {
      where.append(where.isEmpty() ? "" : " AND ").append(keyset);
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(where);
    }
    if (!keys.isEmpty()) {
      sql.append(" ORDER BY " + conditions.orderBy(keys));
    }
    var limit = selection.limit();
    var offset = paging instanceof Paging.Offset skip ? skip.offset() : 0L;
    dialect.limitOffset(sql, limit + 1, offset);
    var rows = new ArrayList<>(session.query(sql, row -> RowMapping.read(dialect, table, row)));
    var more = rows.size() > limit;
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (backwards) {
      Collections.reverse(rows);
    }

    Option<RowCursor> next = Option.none();
    Option<RowCursor> previous = Option.none();
    if (order.total() && !rows.isEmpty()) {
      var first = cursor(order, rows.get(0));
      var last = cursor(order, rows.get(rows.size() - 1));
      if (backwards) {
        next = Option.of(last);
        previous = more ? Option.of(first) : Option.none();
      } else {
        next = more ? Option.of(last) : Option.none();
        previous = paging instanceof Paging.After || offset > 0 ? Option.of(first) : Option.none();
      }
    }

    long total;
    boolean exact;
    var firstPage = paging instanceof Paging.Offset && offset == 0;
    if (firstPage && !more) {
      total = rows.size();
      exact = true;
    } else if (selection.filters().isEmpty() && !selection.exactTotal()) {
      var estimate = dialect.estimateRows(session, table);
      if (estimate.isPresent() && estimate.getAsLong() >= ESTIMATE_ABOVE) {
        total = estimate.getAsLong();
        exact = false;
      } else {
        total = count(session, table, filters, Long.MAX_VALUE);
        exact = true;
      }
    } else {
      var cap = selection.exactTotal() ? Long.MAX_VALUE : COUNT_CAP;
      total = count(session, table, filters, cap);
      exact = total <= cap;
      total = Math.min(total, cap);
    }
    var truncated = new ArrayList<TruncatedCell>();
    var shown = new ArrayList<JsonObject>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      shown.add(
          selection.fullValues()
              ? rows.get(i)
              : RowMapping.forGrid(table, rows.get(i), i, truncated));
    }
    return Either.right(new RowPage(shown, total, exact, next, previous, truncated));
  }

  private long count(Session session, TableStructure table, Sql filters, long cap)
      throws SQLException, StatementGuard.StoppedException {
    var from = dialect.table(table.table());
    var where = filters.isEmpty() ? new Sql() : new Sql(" WHERE ").append(filters);
    if (cap == Long.MAX_VALUE) {
      return session.queryLong(new Sql("SELECT count(*) FROM " + from).append(where), 0);
    }
    var sql = new Sql("SELECT count(*) FROM (SELECT 1 AS one FROM " + from).append(where);
    dialect.limitOffset(sql, cap + 1, 0).append(") capped");
    return session.queryLong(sql, 0);
  }

  private static RowCursor cursor(RowOrder order, JsonObject row) {
    return new RowCursor(
        order.keys().stream().map(key -> row.get(key.column().name()).get()).toList());
  }
}
