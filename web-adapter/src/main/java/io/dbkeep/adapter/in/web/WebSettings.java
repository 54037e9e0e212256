package io.dbkeep.adapter.in.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server listens.
 *
 * @param host the interface to bind ({@code 0.0.0.0} for all)
 * @param port the port; 0 picks a free one
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param stopTimeout how long a stop waits for in-flight requests to finish
 */
public record WebSettings(String host, int port, long maxRequestBytes, Duration stopTimeout) {

  /** 32 MiB: a 10,000-table schema document fits. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 32L * 1024 * 1024;

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("the request size limit must be positive");
    }
  }

  public static WebSettings of(String host, int port) {
    return new WebSettings(host, port, DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(30));
  }
}
