package io.dbkeep.application.service.plantedcycleb;

import io.dbkeep.application.service.plantedcyclea.PlantedCycleAService;

/** Planted violation: the other half of a cycle between application features. */
public class PlantedCycleBService {
  public PlantedCycleAService other;
}
