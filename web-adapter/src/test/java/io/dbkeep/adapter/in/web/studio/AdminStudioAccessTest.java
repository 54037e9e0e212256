package io.dbkeep.adapter.in.web.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.adapter.in.web.caller.Caller;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.application.fake.InMemoryStudioDatabase;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.HttpTestClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's Studio: admins 200, other users and the guest 404, anonymous 401. */
class AdminStudioAccessTest {

  private HttpApi api;
  private HttpTestClient http;
  private String origin;

  @BeforeEach
  void start() {
    // The test's caller seam: X-Test-User names the caller; none means not signed in.
    var controller =
        new StudioController(
            new AdminStudioAccess(
                ctx -> {
                  var user = ctx.header("X-Test-User");
                  if (user == null) {
                    throw new ApiException(ApiError.unauthorized());
                  }
                  return new Caller(user.equals("guest") ? UserId.GUEST : new UserId(user));
                },
                user -> user.equals(new UserId("admin-1"))),
            new JsonCodec(),
            StudioApiTest.useCases(
                new InMemoryStudioDatabase().withPeopleTable("people"), StudioMode.readWrite()),
            new StudioAssets(AdminStudioAccessTest.class.getClassLoader(), "test-web-ui/"),
            true);
    api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 1_000_000, Duration.ofSeconds(5)),
                List.of(controller))
            .start();
    http = new HttpTestClient(api.port());
    origin = "http://127.0.0.1:" + api.port();
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void onlyAdminsSeeTheStudio() {
    for (var path :
        List.of("/studio", "/studio/api/tables", "/studio/api/schemas/main/tables/people/rows")) {
      assertThat(http.get(path, "X-Test-User", "admin-1").statusCode()).as(path).isEqualTo(200);
      assertThat(http.get(path, "X-Test-User", "user-2").statusCode()).as(path).isEqualTo(404);
      assertThat(http.get(path, "X-Test-User", "guest").statusCode()).as(path).isEqualTo(404);
      assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
    }
    var insert = "{\"values\":{\"name\":\"x\"}}";
    var rows = "/studio/api/schemas/main/tables/people/rows";
    assertThat(http.post(rows, insert, "X-Test-User", "user-2", "Origin", origin).statusCode())
        .isEqualTo(404);
    assertThat(http.post(rows, insert, "X-Test-User", "admin-1").statusCode())
        .as("a cookie-style session write without Origin")
        .isEqualTo(403);
    assertThat(http.post(rows, insert, "X-Test-User", "admin-1", "Origin", origin).statusCode())
        .isEqualTo(201);
  }
}
