package io.dbkeep.adapter.out.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One DBKeep per home: an operating-system lock on {@code DBKEEP_HOME/dbkeep.lock}. The system
 * releases it when the process dies, however it dies, so a crash never leaves a home locked; a
 * clean stop also deletes the file. The file holds the owner's process id for messages.
 *
 * <p>POSIX record locks belong to the process and are dropped when the process closes <em>any</em>
 * descriptor of the file: so while this process holds the lock it never opens the file again (a
 * second attempt in the same process is answered from {@link #HELD}), and the check that the file
 * was not replaced uses its attributes, not its contents.
 */
final class HomeLock implements AutoCloseable {

  static final String FILE = "dbkeep.lock";

  /** The lock files this process holds. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;

  private HomeLock(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another process (or this one) holds it. */
  static Optional<HomeLock> tryAcquire(Path home) throws IOException {
    var path = home.resolve(FILE).toAbsolutePath().normalize();
    if (!HELD.add(path)) {
      return Optional.empty();
    }
    try {
      var owner = "pid=" + ProcessHandle.current().pid() + "\n";
      for (var attempt = 0; attempt < 5; attempt++) {
        var channel =
            FileChannel.open(
                path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        var opened = fileKey(path);
        var lock = channel.tryLock();
        if (lock == null) {
          channel.close();
          HELD.remove(path);
          return Optional.empty();
        }
        // The previous owner deletes the file when it stops: if it did so between our open and our
        // lock, we hold a lock on a file nobody else will ever see. Then take the new file.
        if (opened != null && !opened.equals(fileKey(path))) {
          lock.release();
          channel.close();
          continue;
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return Optional.of(new HomeLock(path, channel, lock));
      }
      throw new IOException("could not lock " + path + ": it keeps being replaced");
    } catch (IOException | RuntimeException e) {
      HELD.remove(path);
      throw e;
    }
  }

  /** The process id written by the lock's holder, when it can be read. */
  static OptionalLong ownerPid(Path home) {
    var path = home.resolve(FILE).toAbsolutePath().normalize();
    if (HELD.contains(path)) {
      return OptionalLong.of(ProcessHandle.current().pid()); // never open a file we lock
    }
    try {
      var text = Files.readString(path, StandardCharsets.US_ASCII).strip();
      if (text.startsWith("pid=")) {
        return OptionalLong.of(Long.parseLong(text.substring(4)));
      }
    } catch (IOException | NumberFormatException e) {
      // unknown owner
    }
    return OptionalLong.empty();
  }

  /** The file's identity (device and inode on POSIX), or null where the system has none. */
  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return new Object(); // gone: equals nothing
    } catch (IOException e) {
      return null;
    }
  }

  /** Releases the lock and leaves the file, as a process that dies does. */
  void release() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // already released
    } finally {
      HELD.remove(path);
    }
  }

  /** Deletes the file, then releases the lock. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Windows: still open; the lock is released below all the same
    }
    release();
  }
}
