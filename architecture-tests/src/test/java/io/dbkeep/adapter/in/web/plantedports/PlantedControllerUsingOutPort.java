package io.dbkeep.adapter.in.web.plantedports;

import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.service.identity.SessionService;

/** Planted violation: a controller reaching past the in-ports to an out-port and a service. */
public class PlantedControllerUsingOutPort {
  public LoadUserPort users;
  public SessionService sessions;
}
