package io.dbkeep.adapter.out.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostmasterPidFileTest {

  @Test
  void aReadyServersFileGivesItsPidPortAndStatus() {
    var file =
        PostmasterPidFile.parse(
                "4242\n/home/me/.dbkeep/postgres\n1765000000\n54321\n\n127.0.0.1\n  1234   5678\nready   \n")
            .orElseThrow();

    assertThat(file).isEqualTo(new PostmasterPidFile(4242, 54321, "ready"));
    assertThat(file.ready()).isTrue();
  }

  @Test
  void aFileStillBeingWrittenIsNotReady() {
    var file = PostmasterPidFile.parse("4242\n/data\n").orElseThrow();

    assertThat(file.port()).isZero();
    assertThat(file.ready()).isFalse();
  }

  @Test
  void garbageNamesNoProcess() {
    assertThat(PostmasterPidFile.parse("")).isEmpty();
    assertThat(PostmasterPidFile.parse("not a pid\n")).isEmpty();
    assertThat(PostmasterPidFile.parse("-1\n")).isEmpty();
    assertThat(PostmasterPidFile.parse("99999999999999999999999\n")).isEmpty();
    assertThat(PostmasterPidFile.parse("12\n/d\n0\n99999\n").orElseThrow().port()).isZero();
  }
}
