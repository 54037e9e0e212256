package io.dbkeep.adapter.out.persistence.project;

import java.time.Instant;
import java.util.UUID;

/**
 * What the list query selects: a project's columns without {@code data}, and its creator's name.
 */
public record ProjectSummaryRow(
    UUID id,
    String name,
    String engine,
    String ownerId,
    String ownerType,
    Instant createdAt,
    Instant updatedAt,
    String createdByName,
    Long version) {}
