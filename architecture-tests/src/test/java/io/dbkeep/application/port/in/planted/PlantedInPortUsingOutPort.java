package io.dbkeep.application.port.in.planted;

import io.dbkeep.application.port.out.transaction.UnitOfWork;

/** Planted violation: an in-port that leaks an out-port. */
public interface PlantedInPortUsingOutPort {
  UnitOfWork unitOfWork();
}
