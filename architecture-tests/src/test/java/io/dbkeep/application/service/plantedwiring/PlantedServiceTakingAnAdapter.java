package io.dbkeep.application.service.plantedwiring;

import io.dbkeep.adapter.in.web.planted.PlantedWebUsingPersistence;

/** Planted violation: a service whose constructor takes an adapter type instead of a port. */
public class PlantedServiceTakingAnAdapter {

  public PlantedServiceTakingAnAdapter(PlantedWebUsingPersistence adapter) {}
}
