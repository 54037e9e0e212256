package io.dbkeep.domain.planted;

import tools.jackson.databind.JsonNode;

/** Planted violation: the domain reaching for a JSON library. */
public class PlantedDomainUsingJackson {
  public JsonNode tree;
}
