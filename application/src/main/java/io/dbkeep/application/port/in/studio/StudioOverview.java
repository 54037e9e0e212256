package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.StudioMode;

/** The answer of {@link DescribeStudioQuery}. */
public record StudioOverview(Engine engine, String databaseName, StudioMode mode) {}
