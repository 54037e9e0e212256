package io.dbkeep.domain.plantedcyclea;

import io.dbkeep.domain.plantedcycleb.PlantedCycleB;

/** Planted violation: one half of a cycle between domain features. */
public class PlantedCycleA {
  public PlantedCycleB other;
}
