package io.dbkeep.domain.schema.sql.planted;

import io.dbkeep.domain.project.Engine;

/**
 * Planted: a validation rule of {@code domain.schema.sql} that switches over the engine instead of
 * asking the engine's dialect for the limit.
 */
public final class PlantedRuleSwitchingOnEngine {

  public int maxVarcharLength(Engine engine) {
    return switch (engine) {
      case MYSQL -> 16_383;
      case POSTGRESQL -> 10_485_760;
      case SQLITE -> Integer.MAX_VALUE;
    };
  }
}
