package io.dbkeep.domain.planted;

import io.dbkeep.application.port.out.transaction.UnitOfWork;

/** Planted violation: the domain depending outward on the application. */
public class PlantedDomainUsingApplication {
  public UnitOfWork unitOfWork;
}
