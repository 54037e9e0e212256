package io.dbkeep.application.port.out.planted;

/** Planted violation: a record bundling out-ports, handed whole to every service. */
public record PlantedPortBundle(Runnable first, Runnable second) {}
