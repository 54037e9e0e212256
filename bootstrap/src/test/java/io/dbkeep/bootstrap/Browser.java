package io.dbkeep.bootstrap;

import io.dbkeep.testsupport.OpenApiContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that behaves like a browser as far as the tests need: it keeps the cookies servers set
 * (by name; {@code Max-Age=0} removes one), sends them back, sends an {@code Origin} when told, and
 * never follows redirects. Every response from the server under test is checked against the OpenAPI
 * document ({@link OpenApiContract}).
 */
final class Browser {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String origin;
  private String forwardedFor;
  private String bearer;

  Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Sends {@code Origin: origin} from now on (null: none). */
  Browser origin(String origin) {
    this.origin = origin;
    return this;
  }

  /** Pretends to come from {@code ip} (the server trusts X-Forwarded-For in these tests). */
  Browser from(String ip) {
    this.forwardedFor = ip;
    return this;
  }

  /** Sends {@code Authorization: Bearer token} from now on (null: none). */
  Browser bearer(String token) {
    this.bearer = token;
    return this;
  }

  Map<String, String> cookies() {
    return cookies;
  }

  void forgetCookies() {
    cookies.clear();
  }

  HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  HttpResponse<String> post(String path, String body, String... headers) {
    return send("POST", path, body, headers);
  }

  HttpResponse<String> send(String method, String path, String body, String... headers) {
    var uri = path.startsWith("http") ? URI.create(path) : URI.create(base + path);
    var builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null
        && java.util.Arrays.stream(headers).noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
      builder.header("Content-Type", "application/json");
    }
    if (origin != null) {
      builder.header("Origin", origin);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    if (!cookies.isEmpty() && uri.getHost().equals("127.0.0.1")) {
      var header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header
                  .append(header.length() == 0 ? "" : "; ")
                  .append(name)
                  .append('=')
                  .append(value));
      builder.header("Cookie", header.toString());
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      for (var setCookie : response.headers().allValues("Set-Cookie")) {
        var pair = setCookie.split(";", 2)[0];
        var equals = pair.indexOf('=');
        var name = pair.substring(0, equals);
        var value = pair.substring(equals + 1);
        if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      if (uri.toString().startsWith(base)) {
        OpenApiContract.check(method, uri, response);
      }
      return response;
    } catch (AssertionError e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
