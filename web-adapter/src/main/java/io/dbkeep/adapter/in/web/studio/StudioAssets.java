package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.assets.BuiltFiles;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.javalin.http.Context;

/**
 * The Studio's built files, served from the classpath ({@code dbkeep-web-ui/} in the {@code web-ui}
 * jar): {@code index.html} for the page, hashed files under {@code assets/}.
 */
public final class StudioAssets {

  /** Where the web-ui jar puts the Studio's files. */
  public static final String ROOT = "dbkeep-web-ui/";

  private final BuiltFiles files;

  public StudioAssets() {
    this(StudioAssets.class.getClassLoader(), ROOT);
  }

  StudioAssets(ClassLoader loader, String root) {
    this.files = new BuiltFiles(loader, root, "index.html");
  }

  /** Whether the front end is built into this jar. */
  public boolean available() {
    return files.available();
  }

  /** Serves the page. */
  void page(Context ctx) {
    var body =
        files
            .html()
            .orElseThrow(
                () ->
                    new ApiException(
                        ApiError.of(
                            404,
                            "NOT_FOUND",
                            "The Studio's web front end is not built into this jar; the API under"
                                + " /studio/api works without it")));
    files.servePage(ctx, body, "no-store");
  }

  /** Serves {@code assets/<name>}; unknown or odd names are 404. */
  void asset(Context ctx, String name) {
    // Built file names carry a content hash, so they never change.
    files.serveAsset(ctx, name, "private, max-age=31536000, immutable");
  }
}
