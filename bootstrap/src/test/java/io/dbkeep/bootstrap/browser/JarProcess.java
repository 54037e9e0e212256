package io.dbkeep.bootstrap.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar dbkeep.jar} on a free port of 127.0.0.1, with {@code BASE_URL} naming that
 * address (so the browser's Origin is trusted and mailed links lead back here), stopped with
 * SIGTERM.
 */
public final class JarProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final List<String> output = new CopyOnWriteArrayList<>();

  private JarProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static JarProcess start(Map<String, String> env) throws Exception {
    var jar = Path.of(System.getProperty("dbkeep.jar", "target/dbkeep.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException("the packaged jar is missing at " + jar);
    }
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString());
    builder.environment().remove("DATABASE_URL");
    builder.environment().put("HOST", "127.0.0.1");
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("BASE_URL", "http://127.0.0.1:" + port);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    var jarProcess = new JarProcess(builder.start(), port);
    CompletableFuture.runAsync(jarProcess::awaitListening).get(90, TimeUnit.SECONDS);
    return jarProcess;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public String output() {
    return String.join("\n", output);
  }

  private void awaitListening() {
    var reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        output.add(line);
        if (line.contains("listening on http://")) {
          var thread =
              new Thread(
                  () -> {
                    try {
                      String more;
                      while ((more = reader.readLine()) != null) {
                        output.add(more);
                      }
                    } catch (IOException ignored) {
                      // the process ended
                    }
                  });
          thread.setDaemon(true);
          thread.start();
          return;
        }
      }
      throw new IllegalStateException("the server never said it listens:\n" + output());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
