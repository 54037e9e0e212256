package io.dbkeep.adapter.in.web.observability;

/** Told about every finished HTTP request, e.g. to record metrics. Must not throw. */
@FunctionalInterface
public interface RequestObserver {

  /**
   * @param method the HTTP method
   * @param route the matched route template ({@code /api/projects/{id}}), or {@code unmatched}
   * @param status the response status
   * @param durationNanos how long the request took
   */
  void requestCompleted(String method, String route, int status, long durationNanos);

  /** Observes nothing. */
  RequestObserver NONE = (method, route, status, durationNanos) -> {};
}
