package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.application.port.in.studio.BrowseRowsCommand;
import io.dbkeep.application.port.in.studio.DeleteRowsCommand;
import io.dbkeep.application.port.in.studio.InsertRowCommand;
import io.dbkeep.application.port.in.studio.RunSqlCommand;
import io.dbkeep.application.port.in.studio.UpdateRowCommand;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonTreeTooLargeException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Studio under {@code /studio}: the page and its assets, and the JSON API under {@code
 * /studio/api}. Every request first passes {@link StudioAccess}; writes authenticated by a cookie
 * must come from the Studio's own origin.
 */
public final class StudioController implements WebRoutes {

  /** Where the Studio is mounted. */
  public static final String BASE = "/studio";

  private static final String API = BASE + "/api";
  private static final String TABLE = API + "/schemas/{schema}/tables/{table}";

  private final StudioAccess access;
  private final JsonCodec codec;
  private final StudioUseCases useCases;
  private final StudioAssets assets;
  private final Cursors cursors;
  private final RowQueryParser rowQueries;
  private final boolean projects;

  /**
   * @param projects whether the project API is served beside the Studio for its callers (the
   *     server's Studio), so the page may offer "Save as project"
   */
  public StudioController(
      StudioAccess access,
      JsonCodec codec,
      StudioUseCases useCases,
      StudioAssets assets,
      boolean projects) {
    this.access = access;
    this.codec = codec;
    this.useCases = useCases;
    this.assets = assets;
    this.projects = projects;
    this.cursors = new Cursors(codec);
    this.rowQueries = new RowQueryParser(codec, cursors);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.before(BASE, this::guard);
    routes.before(BASE + "/*", this::guard);
    routes.get(BASE, assets::page);
    routes.get(BASE + "/assets/{file}", ctx -> assets.asset(ctx, ctx.pathParam("file")));
    routes.get(API + "/overview", this::overview);
    routes.get(API + "/tables", this::tables);
    routes.get(TABLE, this::structure);
    routes.get(TABLE + "/count", this::count);
    routes.get(TABLE + "/rows", this::rows);
    routes.post(TABLE + "/rows", this::insert);
    routes.patch(TABLE + "/rows", this::update);
    routes.delete(TABLE + "/rows", this::delete);
    routes.post(API + "/sql", this::sql);
    routes.post(API + "/sql/cancel", this::cancel);
    routes.get(API + "/introspect", this::introspect);
  }

  // ---- access --------------------------------------------------------------------------------

  private void guard(Context ctx) {
    var path = ctx.path();
    if ((path.equals(BASE) || path.equals(BASE + "/"))
        && ctx.method().name().equals("GET")
        && access.enter(ctx)) {
      ctx.skipRemainingHandlers();
      return;
    }
    var credential = access.admit(ctx);
    var method = ctx.method().name();
    var write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    if (write) {
      checkOrigin(ctx, credential);
    }
    ctx.header("Cache-Control", "no-store");
  }

  /**
   * A write must come from the Studio's own page: its Origin (or, lacking one, its Referer) must
   * name this host. Scripts with a bearer token send neither, and need not.
   */
  private static void checkOrigin(Context ctx, StudioAccess.Credential credential) {
    var origin = ctx.header("Origin");
    if (origin == null || origin.isBlank() || origin.equals("null")) {
      origin = ctx.header("Referer");
    }
    if (origin == null || origin.isBlank()) {
      if (credential == StudioAccess.Credential.EXPLICIT) {
        return;
      }
      throw new ApiException(originRefused());
    }
    var host = ctx.header("Host");
    try {
      var authority = URI.create(origin.strip()).getRawAuthority();
      if (host != null && authority != null && authority.equalsIgnoreCase(host.strip())) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // Refused below.
    }
    throw new ApiException(originRefused());
  }

  private static ApiError originRefused() {
    return ApiError.of(
        403,
        "ORIGIN_REFUSED",
        "Changes are only accepted from the Studio's own page (Origin check)");
  }

  // ---- catalog -------------------------------------------------------------------------------

  private void overview(Context ctx) {
    ctx.json(
        StudioResponses.Overview.from(useCases.describeStudio().describeStudio(), true, projects));
  }

  private void tables(Context ctx) {
    ctx.json(useCases.listTables().listTables().stream().map(StudioResponses.Table::from).toList());
  }

  private void structure(Context ctx) {
    ctx.json(
        StudioResponses.Structure.from(orFail(useCases.describeTable().describeTable(table(ctx)))));
  }

  private void count(Context ctx) {
    ctx.json(new StudioResponses.Count(orFail(useCases.countRows().countRows(table(ctx))), true));
  }

  // ---- rows ----------------------------------------------------------------------------------

  private void rows(Context ctx) {
    var selection = rowQueries.parse(ctx);
    var page =
        orFail(useCases.browseRows().browseRows(new BrowseRowsCommand(table(ctx), selection)));
    ctx.json(
        new StudioResponses.Rows(
            page.rows(),
            page.total(),
            page.totalExact(),
            page.next().map(cursors::encode).getOrNull(),
            page.previous().map(cursors::encode).getOrNull(),
            page.truncated().stream()
                .map(cell -> new StudioResponses.Truncated(cell.row(), cell.column(), cell.size()))
                .toList()));
  }

  private void insert(Context ctx) {
    var table = table(ctx);
    var request = JsonRequest.of(ctx, codec);
    var values = request.optionalObject("values");
    if (values.isEmpty()) {
      request.problem(
          "values", "REQUIRED", "values is required: an object of column names and values");
    }
    request.throwIfInvalid();
    var row = orFail(useCases.insertRow().insertRow(new InsertRowCommand(table, values.get())));
    ctx.status(201).json(row);
  }

  private void update(Context ctx) {
    var table = table(ctx);
    var request = JsonRequest.of(ctx, codec);
    var key = request.optionalObject("key");
    var set = request.optionalObject("set");
    var expect = request.optionalObject("expect");
    if (key.isEmpty()) {
      request.problem("key", "REQUIRED", "key is required: the row's primary key values");
    }
    if (set.isEmpty()) {
      request.problem("set", "REQUIRED", "set is required: the columns to change");
    }
    request.throwIfInvalid();
    var row =
        orFail(
            useCases
                .updateRow()
                .updateRow(
                    new UpdateRowCommand(
                        table, key.get(), set.get(), expect.getOrElse(JsonObject.empty()))));
    ctx.json(row);
  }

  private void delete(Context ctx) {
    var table = table(ctx);
    var value = readBody(ctx);
    var keys = new ArrayList<JsonObject>();
    var problems = new ArrayList<ErrorDetail>();
    var raw = value.get("keys");
    if (raw.isEmpty() || !(raw.get() instanceof io.dbkeep.domain.json.JsonArray array)) {
      problems.add(
          ErrorDetail.of("keys", "REQUIRED", "keys is required: an array of primary keys"));
    } else {
      for (int i = 0; i < array.elements().size(); i++) {
        if (array.elements().get(i) instanceof JsonObject key) {
          keys.add(key);
        } else {
          problems.add(
              ErrorDetail.of("keys[" + i + "]", "WRONG_TYPE", "each key must be an object"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException(ApiError.validation(problems));
    }
    var deleted = orFail(useCases.deleteRows().deleteRows(new DeleteRowsCommand(table, keys)));
    ctx.json(new StudioResponses.Deleted(deleted));
  }

  // ---- the SQL console -----------------------------------------------------------------------

  private void sql(Context ctx) {
    var request = JsonRequest.of(ctx, codec);
    var sql = request.requiredString("sql");
    var id = request.optionalString("id");
    request.throwIfInvalid();
    var runId =
        id.filter(text -> !text.isBlank() && text.length() <= 100)
            .getOrElse(() -> UUID.randomUUID().toString());
    var results = orFail(useCases.runSql().runSql(new RunSqlCommand(sql.get(), runId)));
    ctx.json(
        new StudioResponses.SqlResults(
            results.stream().map(StudioResponses.SqlResult::from).toList()));
  }

  private void cancel(Context ctx) {
    var request = JsonRequest.of(ctx, codec);
    var id = request.requiredString("id");
    request.throwIfInvalid();
    ctx.json(new StudioResponses.Cancelled(useCases.cancelSql().cancelSql(id.get())));
  }

  // ---- open as schema project ----------------------------------------------------------------

  /**
   * The live database as a schema document ({@code ?schema=} picks the schema). The number of
   * things that could not be carried over is in {@code X-DBKeep-Warnings}; with {@code
   * ?include=warnings} the body is {@code {document, warnings: [{path, code, severity, message}]}}
   * so that a client can show them (names may hold any character, so they are not sent in headers).
   */
  private void introspect(Context ctx) {
    var schema = io.vavr.control.Option.of(ctx.queryParam("schema")).filter(s -> !s.isBlank());
    var include = ctx.queryParam("include");
    if (include != null && !include.equals("warnings")) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      "include",
                      "INVALID_VALUE",
                      "include may only be 'warnings' (the document and what was not carried over)"))));
    }
    var result = orFail(useCases.introspect().introspect(schema));
    ctx.header("X-DBKeep-Warnings", String.valueOf(result.warnings().size()));
    var document = io.dbkeep.domain.schema.SchemaDocumentWriter.write(result.document());
    if (include == null) {
      ctx.json(document);
    } else {
      ctx.json(
          new StudioResponses.IntrospectionWithWarnings(
              document, result.warnings().stream().map(ErrorDetail::from).toList()));
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private JsonObject readBody(Context ctx) {
    var bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw new ApiException(
          ApiError.of(
              400, "MALFORMED_JSON", "The request body is empty; a JSON object is expected"));
    }
    JsonValue value;
    try {
      value = codec.read(bytes, JsonRequest.TREE_BUDGET);
    } catch (JsonTreeTooLargeException e) {
      throw new ApiException(JsonRequest.tooLarge(e.budget(), 1));
    } catch (RuntimeException e) {
      throw new ApiException(
          ApiError.of(400, "MALFORMED_JSON", "The request body is not valid JSON"));
    }
    if (!(value instanceof JsonObject object)) {
      throw new ApiException(
          ApiError.validation(
              List.of(ErrorDetail.of("", "WRONG_TYPE", "The body must be a JSON object"))));
    }
    return object;
  }

  private static TableRef table(Context ctx) {
    return new TableRef(ctx.pathParam("schema"), ctx.pathParam("table"));
  }

  private static <T> T orFail(Either<StudioError, T> result) {
    return result.getOrElseThrow(error -> new ApiException(StudioErrors.toApiError(error)));
  }
}
