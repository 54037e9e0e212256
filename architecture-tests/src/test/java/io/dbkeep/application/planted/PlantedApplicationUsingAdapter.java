package io.dbkeep.application.planted;

import io.dbkeep.adapter.in.web.HttpApi;

/** Planted violation: the application depending on an adapter. */
public class PlantedApplicationUsingAdapter {
  public HttpApi api;
}
