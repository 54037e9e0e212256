package io.dbkeep.adapter.in.web.designer;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.assets.BuiltFiles;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The schema designer, the browser app at the site's root: its page at {@code /} and at each of its
 * own addresses (so a reload or a bookmark of {@code /projects/…} works: a history fallback limited
 * to the designer's paths, so every other unknown path stays a 404, and {@code /api/**} and {@code
 * /studio/**} are never answered with the page), and its hashed files under {@code /assets/}. The
 * page itself is public: it signs people in and asks the API for everything else.
 */
public final class DesignerController implements WebRoutes {

  /** Where the web-ui jar puts the designer's files. */
  public static final String ROOT = "dbkeep-web-ui/designer/";

  /** The designer's own addresses, answered with its page. */
  public static final List<String> PAGES =
      List.of(
          "/",
          "/sign-in",
          "/sign-up",
          "/sign-out",
          "/forgot-password",
          "/reset-password",
          "/projects",
          "/projects/{id}");

  static final String PAGE_CACHE = "no-cache";
  static final String ASSET_CACHE = "public, max-age=31536000, immutable";

  private final BuiltFiles files;

  public DesignerController() {
    this(new BuiltFiles(DesignerController.class.getClassLoader(), ROOT, "designer.html"));
  }

  public DesignerController(BuiltFiles files) {
    this.files = files;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    for (var page : PAGES) {
      routes.get(page, this::page);
    }
    routes.get("/assets/{file}", ctx -> files.serveAsset(ctx, ctx.pathParam("file"), ASSET_CACHE));
  }

  private void page(Context ctx) {
    var html =
        files
            .html()
            .orElseThrow(
                () ->
                    new ApiException(
                        ApiError.of(
                            404,
                            "NOT_FOUND",
                            "The designer's web front end is not built into this jar; the API"
                                + " under /api works without it")));
    files.servePage(ctx, html, PAGE_CACHE);
  }
}
