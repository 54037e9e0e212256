package io.dbkeep.application.service.plantedwiring;

import io.dbkeep.application.service.planted.PlantedProjectsImpl;
import java.util.List;

/** Planted violation: a service whose constructor takes another service (inside a type, too). */
public class PlantedServiceTakingAService {

  public PlantedServiceTakingAService(List<PlantedProjectsImpl> others) {}
}
