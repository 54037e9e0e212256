package io.dbkeep.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against a server on a random port, with JSON helpers. Every response is
 * checked against the OpenAPI document when it is on the class path ({@link OpenApiContract}).
 */
public final class HttpTestClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  // Generous bounds: on a loaded CI machine a local connect or a cold first request can take
  // seconds; a server that hangs still fails the test, just later.
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private final String base;

  public HttpTestClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response;
    try {
      response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
    OpenApiContract.check(method, URI.create(base + path), response);
    return response;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public HttpResponse<String> post(String path, String body, String... headers) {
    return send("POST", path, body, headers);
  }

  public HttpResponse<String> put(String path, String body, String... headers) {
    return send("PUT", path, body, headers);
  }

  public HttpResponse<String> delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
