package io.dbkeep.adapter.in.web.planted;

import io.dbkeep.adapter.out.persistence.PostgresPersistence;

/** Planted violation: one adapter reaching into another (and half of a package cycle). */
public class PlantedWebUsingPersistence {
  public io.dbkeep.adapter.in.web.plantedcycle.PlantedCycleController cycle;
  public PostgresPersistence persistence;
}
