package io.dbkeep.application.port.out.planted;

/** Planted violation: an implementation living among the out-ports. */
public class PlantedPortImplementation implements Runnable {
  @Override
  public void run() {}
}
