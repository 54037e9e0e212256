package io.dbkeep.application.port.out.planted;

import io.dbkeep.application.port.in.project.GetProjectQuery;

/** Planted violation: an out-port that depends on an in-port. */
public interface PlantedOutPortUsingInPort {
  GetProjectQuery query();
}
