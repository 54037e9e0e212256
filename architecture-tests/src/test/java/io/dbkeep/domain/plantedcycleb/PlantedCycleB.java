package io.dbkeep.domain.plantedcycleb;

import io.dbkeep.domain.plantedcyclea.PlantedCycleA;

/** Planted violation: the other half of a cycle between domain features. */
public class PlantedCycleB {
  public PlantedCycleA other;
}
