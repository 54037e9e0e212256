package io.dbkeep.domain.project;

import java.util.Objects;

/**
 * The owner of a project (the seed's {@code owner_id}/{@code owner_type}).
 *
 * @param ownerId the user id or team id
 * @param type whether {@code ownerId} names a user or a team
 */
public record Owner(String ownerId, OwnerType type) {

  public Owner {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(type, "type");
    if (ownerId.isBlank()) {
      throw new IllegalArgumentException("an owner id must not be blank");
    }
  }
}
