package io.dbkeep.adapter.out.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One DBKeep per home: an operating-system lock on {@code DBKEEP_HOME/dbkeep.lock}. The system
 * releases it when the process dies, however it dies, so a crash never leaves a home locked; a
 * clean stop also deletes the file. The file holds the owner's process id for messages.
 */
final class HomeLock implements AutoCloseable {

  static final String FILE = "dbkeep.lock";

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
    var path = home.resolve(FILE);
    var owner = "pid=" + ProcessHandle.current().pid() + "\n";
    for (var attempt = 0; attempt < 5; attempt++) {
      var channel =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this process
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.US_ASCII)), 0);
      channel.force(false);
      // The previous owner deletes the file when it stops: if it did so between our open and our
      // lock, we hold a lock on a file nobody else will ever see. Then take the new file.
      if (stillNamedBy(path, owner)) {
        return Optional.of(new HomeLock(path, channel, lock));
      }
      lock.release();
      channel.close();
    }
    throw new IOException("could not lock " + path + ": it keeps being replaced");
  }

  /** The process id written by the lock's holder, when it can be read. */
  static OptionalLong ownerPid(Path home) {
    try {
      var text = Files.readString(home.resolve(FILE), StandardCharsets.US_ASCII).strip();
      if (text.startsWith("pid=")) {
        return OptionalLong.of(Long.parseLong(text.substring(4)));
      }
    } catch (IOException | NumberFormatException e) {
      // unknown owner
    }
    return OptionalLong.empty();
  }

  private static boolean stillNamedBy(Path path, String owner) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII).equals(owner);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      // Windows refuses to read a locked region; it also refuses to delete an open file, so the
      // race above cannot happen there.
      return true;
    }
  }

  /** Releases the lock and leaves the file, as a process that dies does. */
  void release() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // already released
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
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the process is stopping; the system releases the lock anyway
    }
  }
}
