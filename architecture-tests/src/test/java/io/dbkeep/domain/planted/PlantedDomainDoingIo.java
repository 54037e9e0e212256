package io.dbkeep.domain.planted;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/** Planted violation: the domain touching the network, files, reflection and threads. */
public class PlantedDomainDoingIo {
  public URI where;
  public Path file;
  public Method method;
  public ExecutorService pool;

  public void later(Runnable work) {
    new Thread(work).start();
  }
}
