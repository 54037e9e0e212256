package io.dbkeep.domain.studio;

import io.dbkeep.domain.project.Engine;

/** What a Studio shows and allows: the engine, the database's name, its mode. */
public record StudioOverview(Engine engine, String databaseName, StudioMode mode) {}
