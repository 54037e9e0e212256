package io.dbkeep.adapter.out.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriverUrlTest {

  private static final List<String> FORCED = List.of("allowLocalInfile", "allowMultiQueries");

  @Test
  void forcedParametersAreRemovedWhateverTheirCaseOrEncoding() {
    assertThat(
            DriverUrl.without(
                "jdbc:mariadb://h:3306/db?user=a&allowLocalInfile=true&ALLOWMULTIQUERIES=true"
                    + "&allow%4CocalInfile=true&%20allowLocalInfile=1&sslMode=disable",
                FORCED))
        .isEqualTo("jdbc:mariadb://h:3306/db?user=a&sslMode=disable");
  }

  @Test
  void otherParametersAndUrlsWithoutParametersStayAsTheyAre() {
    assertThat(DriverUrl.without("jdbc:postgresql://h/db", FORCED))
        .isEqualTo("jdbc:postgresql://h/db");
    assertThat(DriverUrl.without("jdbc:mariadb://h/db?allowLocalInfile", FORCED))
        .isEqualTo("jdbc:mariadb://h/db");
    assertThat(DriverUrl.without("jdbc:postgresql://h/db?options=-c%20a%3Db;x&ssl=true", FORCED))
        .isEqualTo("jdbc:postgresql://h/db?options=-c%20a%3Db;x&ssl=true");
  }
}
