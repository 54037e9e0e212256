package io.dbkeep.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.problem.Problem;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class VersionNotesAndRetentionTest {

  private final VersionNotes labelled = new VersionNotes(Option.of("v1"), Option.of("first"));

  @Test
  void anAbsentFieldStaysAPresentOneReplacesAndBlankClears() {
    var onlyMessage =
        labelled.apply(new VersionNotes.Change(Option.none(), Option.some("  second  "))).get();
    var cleared =
        labelled.apply(new VersionNotes.Change(Option.some(" "), Option.some(null))).get();

    assertThat(onlyMessage).isEqualTo(new VersionNotes(Option.of("v1"), Option.of("second")));
    assertThat(cleared).isEqualTo(VersionNotes.NONE);
  }

  @Test
  void everyOverlongFieldIsReportedAtOnce() {
    var problems =
        labelled
            .apply(
                new VersionNotes.Change(
                    Option.some("x".repeat(VersionNotes.MAX_LABEL + 1)),
                    Option.some("y".repeat(VersionNotes.MAX_MESSAGE + 1))))
            .getLeft();

    assertThat(problems).extracting(Problem::path).containsExactly("label", "message");
    assertThat(problems).extracting(Problem::code).containsOnly("TOO_LONG");
  }

  @Test
  void lengthsCountCodePointsAndNulIsRefused() {
    var emoji = "\uD83D\uDE00".repeat(VersionNotes.MAX_LABEL);

    assertThat(
            VersionNotes.NONE
                .apply(new VersionNotes.Change(Option.some(emoji), Option.none()))
                .isRight())
        .isTrue();
    assertThat(
            VersionNotes.NONE
                .apply(new VersionNotes.Change(Option.some("a\u0000b"), Option.none()))
                .getLeft())
        .extracting(Problem::code)
        .containsExactly("INVALID_CHARACTER");
    assertThatThrownBy(() -> new VersionNotes(Option.of(" padded"), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLabelHoldsNoControlCharacterAndAMessageOnlyTabsAndLineBreaks() {
    var problems =
        VersionNotes.NONE
            .apply(new VersionNotes.Change(Option.some("v1\u001B[2J"), Option.some("a\uD800")))
            .getLeft();
    assertThat(problems).extracting(Problem::path).containsExactly("label", "message");
    assertThat(problems).extracting(Problem::code).containsOnly("INVALID_CHARACTER");
    assertThat(problems.get(0).message()).contains("U+001B at character 3");
    assertThat(
            VersionNotes.NONE
                .apply(new VersionNotes.Change(Option.some("a\nb"), Option.none()))
                .isLeft())
        .isTrue();
    assertThat(
            VersionNotes.NONE
                .apply(new VersionNotes.Change(Option.none(), Option.some("line\n\tnext\r\n")))
                .get()
                .message())
        .contains("line\n\tnext");
  }

  @Test
  void keepAllKeepsEverythingAndKeepLastKeepsTheNewestNAndLabelledOnes() {
    assertThat(VersionRetention.KEEP_ALL.keeps(1, false, 1_000)).isTrue();
    var lastTwo = VersionRetention.keepLast(2);
    assertThat(lastTwo.keeps(10, false, 10)).isTrue();
    assertThat(lastTwo.keeps(9, false, 10)).isTrue();
    assertThat(lastTwo.keeps(8, false, 10)).isFalse();
    assertThat(lastTwo.keeps(1, true, 10)).isTrue();
    assertThatThrownBy(() -> VersionRetention.keepLast(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
