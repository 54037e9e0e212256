package io.dbkeep.adapter.in.web.project;

/** The answer to {@code DELETE /api/projects/{id}}, as the original DBKeep gives it. */
public record DeletedProjectResponse(boolean success, String id) {}
