package io.dbkeep.adapter.out.persistence.planted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Planted violation: an entity not named ...JpaEntity. */
@Entity
public class PlantedEntity {
  @Id public String id;
}
