package io.dbkeep.adapter.in.web.planted;

import io.micrometer.core.instrument.Timer;

/** Planted violation: the web adapter timing requests with Micrometer itself. */
public class PlantedTimedController {
  public Timer timer;
}
