package io.dbkeep.adapter.in.web;

import io.javalin.config.RoutesConfig;

/** A group of HTTP routes (one controller) that {@link HttpApi} mounts. */
@FunctionalInterface
public interface WebRoutes {

  void addTo(RoutesConfig routes);
}
