package io.dbkeep.adapter.in.web.assets;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One page of the web front end as Vite built it, read from the classpath (the {@code web-ui} jar):
 * its HTML file, and the content-hashed files under {@code assets/} beside it. Answers with the
 * headers every page of ours carries (content security policy, no framing, no sniffing); HTML is
 * revalidated on every load, hashed files are cached for a year.
 */
public final class BuiltFiles {

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
  private final String page;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /**
   * @param root the classpath folder, ending in {@code /}
   * @param page the HTML file's name in {@code root}
   */
  public BuiltFiles(ClassLoader loader, String root, String page) {
    this.loader = loader;
    this.root = root;
    this.page = page;
  }

  /** Whether the page is built into the classpath. */
  public boolean available() {
    return loader.getResource(root + page) != null;
  }

  /** The page's HTML, if it is built. */
  public Optional<byte[]> html() {
    return Optional.ofNullable(load(page));
  }

  /**
   * Answers with the page; {@code cacheControl} says how (the Studio's page is {@code no-store},
   * the designer's {@code no-cache}).
   */
  public void servePage(Context ctx, byte[] html, String cacheControl) {
    securityHeaders(ctx);
    ctx.header("Cache-Control", cacheControl);
    ctx.contentType(TYPES.get("html")).result(html);
  }

  /** Serves {@code assets/<name>}; unknown or odd names are 404. */
  public void serveAsset(Context ctx, String name, String cacheControl) {
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
    ctx.header("Cache-Control", cacheControl);
    ctx.contentType(type).result(body);
  }

  /** The headers every page and file of the front end carries. */
  public static void securityHeaders(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
            + " data: blob:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private byte[] load(String path) {
    var cached = cache.get(path);
    if (cached != null) {
      return cached;
    }
    try (var in = loader.getResourceAsStream(root + path)) {
      if (in == null) {
        return null;
      }
      var bytes = in.readAllBytes();
      cache.put(path, bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
