package io.dbkeep.adapter.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a browser may be sent: a path on this site, or a trusted origin, judged as a browser reads
 * the text (tabs and newlines dropped anywhere, backslashes read as slashes, leading and trailing
 * controls and spaces trimmed) and after percent-decoding, so no spelling reaches another host.
 */
class RedirectTargetsTest {

  private final RedirectTargets targets = new RedirectTargets(Set.of("https://app.test"));

  @ParameterizedTest(name = "refused: [{0}]")
  @ValueSource(
      strings = {
        "//evil.example",
        "//evil.example/x",
        "/\\evil.example",
        "\\\\evil.example",
        "\\/evil.example",
        "/\t/evil.example/x",
        "/\n/evil.example/x",
        "/\r\n/evil.example/x",
        "\t//evil.example",
        " //evil.example",
        "\u0000//evil.example",
        "/\u0000/evil.example",
        "/x\u0000",
        "/x\u007f",
        "/\u000b/evil.example",
        "/%2F/evil.example",
        "/%2f/evil.example",
        "/%5Cevil.example",
        "/%5cevil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%252F/evil.example",
        "/%25252F/evil.example",
        "%2F%2Fevil.example",
        "/%",
        "/%zz",
        "https://evil.example",
        "http://evil.example/",
        "HTTPS://evil.example",
        "https://app.test.evil.example/",
        "https://app.test@evil.example/",
        "https://evil.example\\@app.test/",
        "https://evil.example%2F@app.test/",
        "https:evil.example",
        "https:/evil.example",
        "https:\\\\evil.example",
        "http://app.test/",
        "https://app.test:8443/",
        "https://user@app.test/",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "ftp://app.test/",
        "projects",
        "evil.example",
        "?next=//evil.example",
        "#//evil.example",
        "/ /evil",
        "/\u3000/evil.example",
        // issue 15 re-walk: spaces a browser does not trim, look-alike slashes, encoded controls
        "\u00a0//evil.example",
        "\ufeff//evil.example",
        "\u2028//evil.example",
        "/\u2028/evil.example",
        "\uff0f\uff0fevil.example",
        "%09//evil.example",
        "%5C%5Cevil.example",
        "/%5C/evil.example",
        "/%5c%5cevil.example",
        "/%0d%0a/evil.example",
        "/%E3%80%80/evil.example%00",
        "/\\/evil.example",
        "/\t\\evil.example",
        "\\\t\\evil.example",
        "https://app.test\t@evil.example/",
        "https://app.test%09@evil.example/",
        "https://evil.example#@app.test",
        "https://evil.example?@app.test",
        "https://evil.example\uff0f@app.test",
        "javascript:%2F%2Fapp.test%0Aalert(1)",
        "JAVASCRIPT://app.test/%0Aalert(1)",
        "\u0001javascript:alert(1)",
      })
  void hostileTargetsAreRefused(String target) {
    assertThat(targets.normalise(target)).as(printable(target)).isEmpty();
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "/|/",
        "/projects|/projects",
        "/projects?tab=1#top|/projects?tab=1#top",
        "/reset-password|/reset-password",
        "/a%20b|/a%20b",
        "/a\\b|/a/b",
        "'  /projects  '|/projects",
        "/pro\tjects|/projects",
        "https://app.test/welcome|https://app.test/welcome",
        "HTTPS://APP.TEST/welcome|HTTPS://APP.TEST/welcome",
        "https://app.test|https://app.test",
      })
  void samePathsAndTrustedOriginsPassInTheFormABrowserWouldUse(String target, String expected) {
    assertThat(targets.normalise(target)).as(printable(target)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {2049, 100_000})
  void overlongTargetsAreRefused(int length) {
    assertThat(targets.normalise("/" + "a".repeat(length))).isEmpty();
  }

  private static String printable(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : (char) c));
    return out.toString();
  }
}
