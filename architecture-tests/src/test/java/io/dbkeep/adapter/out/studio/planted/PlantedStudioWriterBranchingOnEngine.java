package io.dbkeep.adapter.out.studio.planted;

import io.dbkeep.domain.project.Engine;

/**
 * Planted: a Studio writer that branches on the engine instead of asking its dialect, as the row
 * writer once did for MySQL's missing DEFAULT VALUES.
 */
public final class PlantedStudioWriterBranchingOnEngine {

  public String insertDefaults(Engine engine, String table) {
    return "INSERT INTO " + table + (engine == Engine.MYSQL ? " () VALUES ()" : " DEFAULT VALUES");
  }
}
