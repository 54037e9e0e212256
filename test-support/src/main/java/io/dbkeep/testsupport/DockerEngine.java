package io.dbkeep.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can start containers here. */
final class DockerEngine {

  private DockerEngine() {}

  /**
   * True when a Docker endpoint is configured or its socket exists and answers. The cheap checks
   * come first: Testcontainers' own probe logs a multi-line error when there is no engine.
   */
  static boolean isAvailable() {
    var host = System.getenv("DOCKER_HOST");
    if (host != null && !host.isBlank()) {
      return true;
    }
    return Files.exists(Path.of("/var/run/docker.sock"))
        && DockerClientFactory.instance().isDockerAvailable();
  }
}
