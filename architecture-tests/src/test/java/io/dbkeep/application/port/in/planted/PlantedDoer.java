package io.dbkeep.application.port.in.planted;

/** Planted violation: an in-port named neither UseCase nor Query. */
public interface PlantedDoer {
  void doIt();
}
