package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.studio.FilterOperator;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowFilter;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.RowSort;
import io.dbkeep.domain.studio.SortDirection;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.json.JsonCodec;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a rows query from the URL: {@code limit}, {@code offset} or {@code after}/{@code before},
 * {@code sort=column:asc|desc}, repeated {@code filter=column:op:value} ({@code in} takes a JSON
 * array), {@code full=true}, {@code count=exact}. Every problem is reported with its parameter.
 */
final class RowQueryParser {

  static final long MAX_OFFSET = 1_000_000_000_000L;
  static final int MAX_FILTERS = 50;

  private final JsonCodec codec;
  private final Cursors cursors;

  RowQueryParser(JsonCodec codec, Cursors cursors) {
    this.codec = codec;
    this.cursors = cursors;
  }

  RowSelection parse(Context ctx) {
    var problems = new ArrayList<ErrorDetail>();
    var limit =
        integer(ctx, "limit", RowSelection.DEFAULT_LIMIT, 1, RowSelection.MAX_LIMIT, problems);
    var offset = integer(ctx, "offset", 0, 0, MAX_OFFSET, problems);
    Paging paging = new Paging.Offset(offset);
    var after = ctx.queryParam("after");
    var before = ctx.queryParam("before");
    if (after != null && before != null) {
      problems.add(ErrorDetail.of("after", "INVALID_QUERY", "Give after or before, not both"));
    } else if (after != null || before != null) {
      var name = after != null ? "after" : "before";
      var cursor = cursors.decode(after != null ? after : before);
      if (cursor.isEmpty()) {
        problems.add(
            ErrorDetail.of(name, "INVALID_CURSOR", name + " is not a cursor this Studio gave out"));
      } else if (offset != 0) {
        problems.add(
            ErrorDetail.of("offset", "INVALID_QUERY", "Give offset or " + name + ", not both"));
      } else {
        paging = after != null ? new Paging.After(cursor.get()) : new Paging.Before(cursor.get());
      }
    }
    Option<RowSort> sort = Option.none();
    var sortText = ctx.queryParam("sort");
    if (sortText != null && !sortText.isEmpty()) {
      sort = sort(sortText, problems);
    }
    var filters = new ArrayList<RowFilter>();
    var filterTexts = ctx.queryParams("filter");
    if (filterTexts.size() > MAX_FILTERS) {
      problems.add(
          ErrorDetail.of("filter", "TOO_MANY_FILTERS", "At most " + MAX_FILTERS + " filters"));
    } else {
      for (int i = 0; i < filterTexts.size(); i++) {
        filter(filterTexts.get(i), "filter[" + i + "]", problems).forEach(filters::add);
      }
    }
    var full = "true".equalsIgnoreCase(ctx.queryParam("full"));
    var exact = "exact".equalsIgnoreCase(ctx.queryParam("count"));
    if (!problems.isEmpty()) {
      throw new ApiException(
          new io.dbkeep.adapter.in.web.error.ApiError(
              400, StudioError.Code.INVALID_QUERY.name(), "The query is not valid", problems));
    }
    return new RowSelection(filters, sort, paging, (int) limit, full, exact);
  }

  private static long integer(
      Context ctx, String name, long fallback, long min, long max, List<ErrorDetail> problems) {
    var text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      var value = Long.parseLong(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    problems.add(
        ErrorDetail.of(
            name, "INVALID_QUERY", name + " must be an integer from " + min + " to " + max));
    return fallback;
  }

  private static Option<RowSort> sort(String text, List<ErrorDetail> problems) {
    var colon = text.lastIndexOf(':');
    var column = colon < 0 ? text : text.substring(0, colon);
    var direction = colon < 0 ? "asc" : text.substring(colon + 1).toLowerCase(Locale.ROOT);
    if (column.isEmpty() || !(direction.equals("asc") || direction.equals("desc"))) {
      problems.add(
          ErrorDetail.of("sort", "INVALID_QUERY", "sort must be column:asc or column:desc"));
      return Option.none();
    }
    return Option.of(
        new RowSort(column, direction.equals("asc") ? SortDirection.ASC : SortDirection.DESC));
  }

  /**
   * {@code column:op:value}: the column is everything before the first {@code :op} that names an
   * operator and is followed by {@code :} or the end, so values (and most column names) may hold
   * colons.
   */
  private Option<RowFilter> filter(String text, String path, List<ErrorDetail> problems) {
    for (int colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
      var rest = text.substring(colon + 1);
      var end = rest.indexOf(':');
      var opText = end < 0 ? rest : rest.substring(0, end);
      var operator = FilterOperator.parse(opText);
      if (operator.isEmpty()) {
        continue;
      }
      var column = text.substring(0, colon);
      var value = end < 0 ? null : rest.substring(end + 1);
      var op = operator.get();
      if (op.unary()) {
        if (value != null && !value.isEmpty()) {
          continue;
        }
        return Option.of(RowFilter.unary(column, op));
      }
      if (value == null) {
        problems.add(
            ErrorDetail.of(
                path,
                "INVALID_QUERY",
                op.wireName() + " needs a value: " + column + ":" + op.wireName() + ":value"));
        return Option.none();
      }
      if (op.takesList()) {
        JsonValue list;
        try {
          list = codec.read(value);
        } catch (RuntimeException e) {
          list = null;
        }
        if (!(list instanceof JsonArray array)) {
          problems.add(
              ErrorDetail.of(
                  path + ".value",
                  "INVALID_QUERY",
                  "in takes a JSON array, e.g. " + column + ":in:[1,2,3]"));
          return Option.none();
        }
        return Option.of(new RowFilter(column, op, array.elements()));
      }
      return Option.of(RowFilter.of(column, op, new JsonString(value)));
    }
    problems.add(
        ErrorDetail.of(
            path,
            "INVALID_QUERY",
            "A filter is column:op:value with op one of eq, ne, lt, lte, gt, gte, contains,"
                + " startswith, null, notnull, in"));
    return Option.none();
  }
}
