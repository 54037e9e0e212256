package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sslmode} in {@code DATABASE_URL} reaches the driver. The local PostgreSQL has {@code ssl =
 * off}, so a TLS-terminating proxy speaking PostgreSQL's SSLRequest handshake (with a certificate
 * made by keytool for this test) stands in front of it and refuses anything but TLS.
 */
class DatabaseTlsTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir static Path folder;
  private static TlsProxy proxy;
  private static Path rootCertificate;
  private static Path otherCertificate;

  @BeforeAll
  static void start() throws Exception {
    var keystore = folder.resolve("server.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "db",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=localhost",
        "-ext",
        "san=dns:localhost,ip:127.0.0.1",
        "-keystore",
        keystore.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        "changeit");
    rootCertificate = folder.resolve("root.crt");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "db",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-file",
        rootCertificate.toString());
    var other = folder.resolve("other.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "other",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=localhost",
        "-ext",
        "san=dns:localhost",
        "-keystore",
        other.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        "changeit");
    otherCertificate = folder.resolve("other.crt");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "other",
        "-keystore",
        other.toString(),
        "-storepass",
        "changeit",
        "-file",
        otherCertificate.toString());
    var target = URI.create(DATABASE.jdbcUrl().substring("jdbc:".length()));
    proxy = new TlsProxy(keystore, target.getHost(), target.getPort());
  }

  @AfterAll
  static void stop() throws IOException {
    proxy.close();
  }

  private static ServerConfig config(String parameters) {
    var url =
        "postgresql://"
            + (DATABASE.user() == null ? "" : DATABASE.user() + "@")
            + "localhost:"
            + proxy.port()
            + "/"
            + DATABASE.name()
            + "?"
            + parameters;
    return ServerConfig.from(
        new Environment(Map.of("DATABASE_URL", url, "DATABASE_CONNECT_TIMEOUT", "1s")), null);
  }

  @Test
  void verifyFullWithTheServersRootCertificateConnectsOverTls() {
    var before = proxy.handshakes.get();
    try (var persistence =
        PostgresPersistence.start(
            config("sslmode=verify-full&sslrootcert=" + rootCertificate).persistence())) {
      assertThat(persistence.databaseHealth().isReachable()).isTrue();
    }
    assertThat(proxy.handshakes.get()).isGreaterThan(before);
  }

  @Test
  void requireConnectsOverTlsWithoutCheckingTheCertificate() {
    var before = proxy.handshakes.get();
    try (var persistence =
        PostgresPersistence.start(
            config("sslmode=require&sslrootcert=" + otherCertificate).persistence())) {
      assertThat(persistence.databaseHealth().isReachable()).isTrue();
    }
    assertThat(proxy.handshakes.get()).isGreaterThan(before);
  }

  @Test
  void verifyFullRefusesACertificateFromAnotherRoot() {
    assertThatThrownBy(
            () ->
                PostgresPersistence.start(
                        config("sslmode=verify-full&sslrootcert=" + otherCertificate).persistence())
                    .close())
        .hasStackTraceContaining("SSL");
  }

  @Test
  void withoutTlsTheProxyRefusesSoTheTestsAboveReallyUsedIt() {
    assertThatThrownBy(() -> PostgresPersistence.start(config("sslmode=disable").persistence()))
        .isInstanceOf(RuntimeException.class);
  }

  private static void keytool(String... arguments) throws Exception {
    var command = new java.util.ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  /** Answers PostgreSQL's SSLRequest with 'S', terminates TLS, forwards in plain text. */
  static final class TlsProxy implements AutoCloseable {
    private static final int SSL_REQUEST = 80877103;
    final AtomicInteger handshakes = new AtomicInteger();
    private final ServerSocket listener;
    private final SSLContext tls;
    private final String host;
    private final int targetPort;

    TlsProxy(Path keystore, String host, int targetPort) throws Exception {
      var keys = KeyStore.getInstance("PKCS12");
      try (var in = new FileInputStream(keystore.toFile())) {
        keys.load(in, "changeit".toCharArray());
      }
      var managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      managers.init(keys, "changeit".toCharArray());
      tls = SSLContext.getInstance("TLS");
      tls.init(managers.getKeyManagers(), null, null);
      this.host = host;
      this.targetPort = targetPort;
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      var acceptor = new Thread(this::accept, "tls-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return listener.getLocalPort();
    }

    private void accept() {
      while (!listener.isClosed()) {
        try {
          var client = listener.accept();
          var thread = new Thread(() -> serve(client), "tls-proxy-connection");
          thread.setDaemon(true);
          thread.start();
        } catch (IOException e) {
          // closed
        }
      }
    }

    private void serve(Socket client) {
      try {
        var in = new DataInputStream(client.getInputStream());
        var length = in.readInt();
        var code = in.readInt();
        if (length != 8 || code != SSL_REQUEST) {
          client.close(); // plain text (or GSS) is refused
          return;
        }
        client.getOutputStream().write('S');
        client.getOutputStream().flush();
        var secure =
            (SSLSocket)
                tls.getSocketFactory()
                    .createSocket(
                        client, client.getInetAddress().getHostAddress(), client.getPort(), true);
        secure.setUseClientMode(false);
        secure.startHandshake();
        handshakes.incrementAndGet();
        var server = new Socket(host, targetPort);
        pump(secure.getInputStream(), server.getOutputStream(), secure, server);
        pump(server.getInputStream(), secure.getOutputStream(), secure, server);
      } catch (IOException e) {
        try {
          client.close();
        } catch (IOException ignored) {
          // closed
        }
      }
    }

    private static void pump(InputStream from, OutputStream to, Socket a, Socket b) {
      var thread =
          new Thread(
              () -> {
                try {
                  from.transferTo(to);
                } catch (IOException e) {
                  // closed
                } finally {
                  try {
                    a.close();
                    b.close();
                  } catch (IOException ignored) {
                    // closed
                  }
                }
              },
              "tls-proxy-pump");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }
  }
}
