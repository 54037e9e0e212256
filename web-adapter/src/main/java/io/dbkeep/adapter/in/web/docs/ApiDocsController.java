package io.dbkeep.adapter.in.web.docs;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP contract and its explorer: {@code GET /api/openapi.json} is the OpenAPI 3.1 document
 * (kept as YAML in this module, see {@link OpenApiDocument}), {@code GET /api/docs} a Swagger UI
 * page whose every script and style sheet comes from the jar (the {@code org.webjars:swagger-ui}
 * artifact), so it works offline. Anyone may read both: they describe routes, never data.
 */
public final class ApiDocsController implements WebRoutes {

  public static final String DOCUMENT_PATH = "/api/openapi.json";
  public static final String EXPLORER_PATH = "/api/docs";

  private static final String INIT_SCRIPT = "dbkeep-explorer.js";

  /** The explorer's files served from the webjar, by name. */
  private static final Map<String, String> WEBJAR_FILES =
      Map.of(
          "swagger-ui.css", "text/css; charset=utf-8",
          "index.css", "text/css; charset=utf-8",
          "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
          "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private static final Set<String> OWN_FILES = Set.of(INIT_SCRIPT);

  private final OpenApiDocument document;
  private final String webjarRoot;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  public ApiDocsController() {
    this(OpenApiDocument.bundled());
  }

  public ApiDocsController(OpenApiDocument document) {
    this.document = document;
    this.webjarRoot = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(DOCUMENT_PATH, this::document);
    routes.get(EXPLORER_PATH, this::page);
    routes.get(EXPLORER_PATH + "/{file}", this::file);
  }

  private void document(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/json").result(document.json());
  }

  private void page(Context ctx) {
    securityHeaders(ctx);
    ctx.contentType("text/html; charset=utf-8")
        .result(
            """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>DBKeep API</title>
              <link rel="stylesheet" href="/api/docs/swagger-ui.css">
              <link rel="stylesheet" href="/api/docs/index.css">
              <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/api/docs/swagger-ui-bundle.js"></script>
              <script src="/api/docs/swagger-ui-standalone-preset.js"></script>
              <script src="/api/docs/dbkeep-explorer.js"></script>
            </body>
            </html>
            """);
  }

  private void file(Context ctx) {
    var name = ctx.pathParam("file");
    if (OWN_FILES.contains(name)) {
      securityHeaders(ctx);
      ctx.contentType("text/javascript; charset=utf-8").result(initScript());
      return;
    }
    var type = WEBJAR_FILES.get(name);
    var body = type == null ? null : load(webjarRoot + name);
    if (body == null) {
      throw new ApiException(ApiError.notFound("No explorer file " + name));
    }
    securityHeaders(ctx);
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type).result(body);
  }

  /** Points the explorer at our document; no validator badge (it would call an outside host). */
  private static String initScript() {
    return """
        window.onload = function () {
          window.ui = SwaggerUIBundle({
            url: "/api/openapi.json",
            dom_id: "#swagger-ui",
            deepLinking: true,
            validatorUrl: null,
            presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
            plugins: [SwaggerUIBundle.plugins.DownloadUrl],
            layout: "StandaloneLayout"
          });
        };
        """;
  }

  private static void securityHeaders(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private byte[] load(String resource) {
    return cache.computeIfAbsent(
        resource,
        key -> {
          try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream(key)) {
            return in == null ? null : in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String swaggerUiVersion() {
    var properties = new Properties();
    try (var in =
        ApiDocsController.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("org.webjars:swagger-ui is not on the class path");
      }
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
