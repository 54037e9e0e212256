package io.dbkeep.application.port.in.planted;

/** Planted violation: a use case that is a class, not an interface. */
public class PlantedClassUseCase {}
