package io.dbkeep.adapter.out.persistence.planted;

/** Planted violation: a vague ...Helper name. */
public class PlantedSchemaHelper {}
