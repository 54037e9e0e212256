package io.dbkeep.adapter.in.web.plantedcycle;

import io.dbkeep.adapter.in.web.planted.PlantedWebUsingPersistence;

/** Planted violation: half of a package cycle inside an adapter. */
public class PlantedCycleController {
  public PlantedWebUsingPersistence other;
}
