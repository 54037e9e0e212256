package io.dbkeep.adapter.out.metrics;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.dbkeep.application.port.out.metrics.RecordActivityPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * DBKeep's metrics in one Prometheus registry: HTTP server timings by route template and status,
 * the connection pool (HikariCP's own Micrometer tracker), the JVM, and business counters ({@link
 * RecordActivityPort}). {@link #scrape()} renders the Prometheus text format.
 *
 * <p>Names (Prometheus spelling): {@code
 * http_server_requests_seconds{method,route,status,outcome}}, {@code hikaricp_connections_*{pool}},
 * {@code jvm_*}, {@code process_*}, {@code dbkeep_projects_saved_total}, {@code
 * dbkeep_sign_ins_total{outcome}}.
 */
public final class PrometheusMetrics implements RecordActivityPort, AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Counter projectsSaved;
  private final Counter signInsSucceeded;
  private final Counter signInsFailed;

  public PrometheusMetrics() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    projectsSaved =
        Counter.builder("dbkeep.projects.saved")
            .description("Projects created, updated or duplicated (committed)")
            .register(registry);
    signInsSucceeded = signIns("success");
    signInsFailed = signIns("failure");
  }

  private Counter signIns(String outcome) {
    return Counter.builder("dbkeep.sign.ins")
        .description("Sign-in attempts by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  /**
   * Records the connection pool's metrics when {@code dataSource} is a HikariCP pool (anything else
   * is ignored). Call once per pool.
   */
  public void bindConnectionPool(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource hikari) {
      hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
  }

  /**
   * Records one finished HTTP request.
   *
   * @param route the route template ({@code /api/projects/{id}}), never the raw path, so that the
   *     number of series stays bounded
   */
  public void recordHttpRequest(String method, String route, int status, long durationNanos) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by route template and status")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .tag("outcome", outcome(status))
        .publishPercentileHistogram(false)
        .maximumExpectedValue(Duration.ofSeconds(60))
        .register(registry)
        .record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    if (status >= 300) {
      return "REDIRECTION";
    }
    return "SUCCESS";
  }

  /** Every metric in the Prometheus text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  /** The content type of {@link #scrape()}. */
  public static String contentType() {
    return "text/plain; version=0.0.4; charset=utf-8";
  }

  @Override
  public void projectSaved() {
    projectsSaved.increment();
  }

  @Override
  public void signInSucceeded() {
    signInsSucceeded.increment();
  }

  @Override
  public void signInFailed() {
    signInsFailed.increment();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
