package io.dbkeep.application.service.plantedcyclea;

import io.dbkeep.application.service.plantedcycleb.PlantedCycleBService;

/** Planted violation: one half of a cycle between application features. */
public class PlantedCycleAService {
  public PlantedCycleBService other;
}
