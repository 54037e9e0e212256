package io.dbkeep.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code DBKEEP_ENV=production} insists on. Errors stop the server (exit status 2); warnings
 * are logged. Other features add their own checks here.
 *
 * <ul>
 *   <li>error: {@code DATABASE_URL} (or {@code --database-url}) must be given — the built-in
 *       default is for development;
 *   <li>warning: a database on another host without {@code sslmode=require}, {@code verify-ca} or
 *       {@code verify-full};
 *   <li>error: {@code /metrics} without {@code METRICS_TOKEN} — it would be readable by anyone who
 *       reaches the port (ADR 0052).
 * </ul>
 */
public final class ProductionChecks {

  private static final Pattern HOST = Pattern.compile("^jdbc:postgresql://\\[?([^/:\\]]+)");
  private static final Pattern TLS_MODE =
      Pattern.compile("(?i)[?&]sslmode=(require|verify-ca|verify-full)(&|$)");

  /**
   * The outcome.
   *
   * @param errors reasons not to start
   * @param warnings things to fix soon
   */
  public record Findings(List<String> errors, List<String> warnings) {}

  private ProductionChecks() {}

  public static Findings check(ServerConfig server, OperationsConfig operations) {
    var errors = new ArrayList<String>();
    var warnings = new ArrayList<String>();
    if (!operations.production()) {
      return new Findings(errors, warnings);
    }
    if (!server.databaseUrlGiven()) {
      errors.add("DBKEEP_ENV=production needs DATABASE_URL (the default is for development)");
    }
    var url = server.database().jdbcUrl();
    var host = HOST.matcher(url);
    var local =
        host.find()
            && List.of("localhost", "127.0.0.1", "::1")
                .contains(host.group(1).toLowerCase(Locale.ROOT));
    if (!local && !TLS_MODE.matcher(url).find()) {
      warnings.add(
          "the database connection is not required to use TLS: add sslmode=verify-full"
              + " (with sslrootcert=…) or sslmode=require to DATABASE_URL");
    }
    if (operations.metricsToken().isEmpty()) {
      errors.add(
          "DBKEEP_ENV=production needs METRICS_TOKEN (16+ characters): without it /metrics is"
              + " readable by anyone who reaches the port");
    }
    return new Findings(errors, warnings);
  }

  /**
   * Checks and throws on errors.
   *
   * @return the warnings
   * @throws ConfigurationException listing the errors in one line
   */
  public static List<String> enforce(ServerConfig server, OperationsConfig operations) {
    var findings = check(server, operations);
    if (!findings.errors().isEmpty()) {
      throw new ConfigurationException(String.join("; ", findings.errors()));
    }
    return findings.warnings();
  }
}
