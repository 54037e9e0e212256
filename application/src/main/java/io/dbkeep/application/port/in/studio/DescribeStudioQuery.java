package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.StudioOverview;

/** What the Studio shows and allows: the engine, the database's name, read-only and SQL modes. */
public interface DescribeStudioQuery {

  StudioOverview describeStudio();
}
