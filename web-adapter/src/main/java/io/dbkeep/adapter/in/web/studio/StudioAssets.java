package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web front end's built files, served from the classpath ({@code dbkeep-web-ui/} in the {@code
 * web-ui} jar): {@code index.html} for the page, hashed files under {@code assets/}.
 */
public final class StudioAssets {

  /** Where the web-ui jar puts its files. */
  public static final String ROOT = "dbkeep-web-ui/";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "woff2", "font/woff2",
          "json", "application/json",
          "map", "application/json",
          "html", "text/html; charset=utf-8",
          "txt", "text/plain; charset=utf-8");

  private final ClassLoader loader;
  private final String root;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  public StudioAssets() {
    this(StudioAssets.class.getClassLoader(), ROOT);
  }

  StudioAssets(ClassLoader loader, String root) {
    this.loader = loader;
    this.root = root;
  }

  /** Whether the front end is built into this jar. */
  public boolean available() {
    return loader.getResource(root + "index.html") != null;
  }

  /** Serves the page. */
  void page(Context ctx) {
    var body = load("index.html");
    if (body == null) {
      throw new ApiException(
          ApiError.of(
              404,
              "NOT_FOUND",
              "The Studio's web front end is not built into this jar; the API under /studio/api"
                  + " works without it"));
    }
    securityHeaders(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(TYPES.get("html")).result(body);
  }

  /** Serves {@code assets/<name>}; unknown or odd names are 404. */
  void asset(Context ctx, String name) {
    if (!SAFE_NAME.matcher(name).matches() || name.startsWith(".")) {
      throw new ApiException(ApiError.notFound("No asset " + name));
    }
    var body = load("assets/" + name);
    if (body == null) {
      throw new ApiException(ApiError.notFound("No asset " + name));
    }
    var dot = name.lastIndexOf('.');
    var type =
        TYPES.getOrDefault(
            dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT),
            "application/octet-stream");
    securityHeaders(ctx);
    // Built file names carry a content hash, so they never change.
    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
    ctx.contentType(type).result(body);
  }

  static void securityHeaders(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private byte[] load(String path) {
    return cache.computeIfAbsent(
        path,
        key -> {
          try (var in = loader.getResourceAsStream(root + key)) {
            return in == null ? null : in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
