package io.dbkeep.adapter.in.web.planted;

import io.dbkeep.adapter.out.persistence.PostgresPersistence;

/** Planted violation: one adapter reaching into another. */
public class PlantedWebUsingPersistence {
  public PostgresPersistence persistence;
}
