package io.dbkeep.adapter.in.web.designer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.adapter.in.web.assets.BuiltFiles;
import io.dbkeep.testsupport.HttpTestClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The designer's page and files over HTTP: which paths get the page, how they are cached. */
class DesignerControllerTest {

  private HttpApi api;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    api = serve(new BuiltFiles(getClass().getClassLoader(), "test-designer/", "designer.html"));
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  private static HttpApi serve(BuiltFiles files) {
    return new HttpApi(
            new WebSettings("127.0.0.1", 0, 1_000_000, Duration.ofSeconds(5)),
            List.of(new DesignerController(files)))
        .start();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/sign-in",
        "/sign-up",
        "/sign-out",
        "/forgot-password",
        "/reset-password?token=abc",
        "/projects",
        "/projects/0b6f6c1e-0000-4000-8000-000000000001"
      })
  void theDesignersOwnAddressesAnswerWithItsPageRevalidatedOnEveryLoad(String path) {
    var page = http.get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.body()).contains("<div id=\"app\">");
  }

  @Test
  void hashedFilesAreCachedForAYear() {
    var script = http.get("/assets/designer-abcd1234.js");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(script.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/assets/missing-1234.js",
        "/assets/..%2Fdesigner.html",
        "/assets/.hidden",
        "/api/nothing-here",
        "/api/projects/x/unknown",
        "/studio/assets/designer-abcd1234.js",
        "/studio/anything",
        "/nothing-here",
        "/projectsx",
        "/projects/0b6f6c1e-0000-4000-8000-000000000001/sql",
        "/designer.html"
      })
  void everythingElseStaysA404WithTheErrorEnvelope(String path) {
    var answer = http.get(path);

    assertThat(answer.statusCode()).as(path).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(answer.body()).doesNotContain("<div id=\"app\">").contains("NOT_FOUND");
  }

  @Test
  void withoutABuiltDesignerThePageIsA404ThatSaysSo() {
    var bare = serve(new BuiltFiles(getClass().getClassLoader(), "no-such-folder/", "x.html"));
    try {
      var answer = new HttpTestClient(bare.port()).get("/");
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).contains("not built into this jar");
    } finally {
      bare.stop();
    }
  }
}
