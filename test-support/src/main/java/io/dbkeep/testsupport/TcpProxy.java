package io.dbkeep.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of a server (e.g. PostgreSQL), for outage tests: {@link
 * #cut()} closes every connection and refuses new ones, {@link #freeze()} keeps connections open
 * but forwards nothing (packets lost in a partition), {@link #restore()} forwards again (closing
 * what froze). Close it when done.
 */
public final class TcpProxy implements AutoCloseable {

  private enum Mode {
    FORWARD,
    CUT,
    FROZEN
  }

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket listener;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.FORWARD;

  public TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    var acceptor = new Thread(this::accept, "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The loopback port to connect to instead of the target. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Closes every connection now and refuses new ones until {@link #restore()}. */
  public void cut() {
    mode = Mode.CUT;
    closeAll();
  }

  /** Stops forwarding bytes in both directions without closing anything. */
  public void freeze() {
    mode = Mode.FROZEN;
  }

  /** Forwards again; connections that were frozen are closed (their state is lost). */
  public void restore() {
    if (mode == Mode.FROZEN) {
      closeAll();
    }
    mode = Mode.FORWARD;
  }

  @Override
  public void close() throws IOException {
    mode = Mode.CUT;
    listener.close();
    closeAll();
  }

  private void closeAll() {
    for (var socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        var client = listener.accept();
        if (mode == Mode.CUT) {
          closeQuietly(client);
          continue;
        }
        Socket server;
        try {
          server = new Socket(targetHost, targetPort);
        } catch (IOException e) {
          closeQuietly(client);
          continue;
        }
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // listener closed
      }
    }
  }

  private void pump(Socket from, Socket to) {
    var thread =
        new Thread(
            () -> {
              var buffer = new byte[16_384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                  while (mode == Mode.FROZEN && !from.isClosed()) {
                    Thread.sleep(10);
                  }
                  if (mode != Mode.FORWARD) {
                    break;
                  }
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
