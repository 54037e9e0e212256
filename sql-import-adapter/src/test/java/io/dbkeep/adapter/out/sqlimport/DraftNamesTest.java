package io.dbkeep.adapter.out.sqlimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index of document names answers as the case-insensitive scan it replaced did. */
class DraftNamesTest {

  private static final List<String> NAMES =
      List.of(
          "users",
          "USERS",
          "Users",
          "straße",
          "STRASSE",
          "strasse",
          "İstanbul",
          "istanbul",
          "ıstanbul",
          "ISTANBUL",
          "ſtate",
          "State",
          "\u212Aelvin",
          "kelvin",
          "Kelvin",
          "\uD801\uDC00x",
          "\uD801\uDC28x",
          "\uD801\uDC28X",
          "ǅ",
          "ǆ",
          "Ǆ",
          "ΣΊΣΥΦΟΣ",
          "σίσυφος",
          "σίσυφοσ",
          "");

  @Test
  void theCaseKeyIsEqualExactlyWhenEqualsIgnoreCaseIs() {
    for (var a : NAMES) {
      for (var b : NAMES) {
        assertThat(Draft.caseKey(a).equals(Draft.caseKey(b)))
            .as("%s vs %s", a, b)
            .isEqualTo(a.equalsIgnoreCase(b));
      }
    }
  }

  @Test
  void aNameIsTakenWhileATableHasItAndFreeAfterItsLastTableIsDropped() {
    var draft = new Draft();
    draft.addTable(".users", table("users", ".users"));
    draft.addTable("audit.users", table("USERS", "audit.users"));
    assertThat(draft.nameTaken("Users")).isTrue();
    draft.removeTable(".users");
    assertThat(draft.nameTaken("users")).isTrue();
    draft.removeTable("audit.users");
    assertThat(draft.nameTaken("users")).isFalse();
    draft.removeTable("audit.users");
    assertThat(draft.nameTaken("users")).isFalse();
  }

  private static Draft.TableDraft table(String name, String key) {
    return new Draft.TableDraft(name, name, key, 1, 0);
  }
}
