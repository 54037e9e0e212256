package io.dbkeep.application.planted;

import jakarta.persistence.Entity;

/** Planted violation: a persistence annotation in the application layer. */
@Entity
public class PlantedApplicationUsingJakarta {}
