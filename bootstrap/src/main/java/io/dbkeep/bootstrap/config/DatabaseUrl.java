package io.dbkeep.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL location as {@code DATABASE_URL} gives it: {@code
 * postgres[ql]://user:password@host:port/database?param=value…} (parameters such as {@code sslmode}
 * pass through to the driver) or a {@code jdbc:postgresql://…} URL.
 *
 * @param jdbcUrl the driver URL, without the credentials of a postgres:// URL
 * @param username the user from the URL's user info, or null
 * @param password the password from the URL's user info, or null
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

  /** Used when {@code DATABASE_URL} is not set. */
  public static final String DEFAULT = "postgresql://postgres@localhost:5432/dbkeep";

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*:)[^@/]*@");

  /**
   * Reads {@code text}.
   *
   * @throws ConfigurationException naming what is wrong, with any password masked
   */
  public static DatabaseUrl parse(String text) {
    if (text == null || text.isBlank()) {
      throw new ConfigurationException("DATABASE_URL is empty");
    }
    var url = text.strip();
    var lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return parseJdbc(url);
    }
    if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      return parseUri(url);
    }
    throw invalid(url, "it must start with postgres://, postgresql:// or jdbc:postgresql://");
  }

  /** {@code text} with every password replaced by {@code ****}, safe to print. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    var masked = USER_INFO_PASSWORD.matcher(text).replaceAll("$1****@");
    return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1****");
  }

  /** The driver URL, safe to print. */
  public String display() {
    return mask(jdbcUrl) + (username == null ? "" : " as " + username);
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + display() + "]";
  }

  private static DatabaseUrl parseJdbc(String url) {
    var properties = org.postgresql.Driver.parseURL(url, new Properties());
    if (properties == null || !url.regionMatches(true, 0, "jdbc:postgresql://", 0, 18)) {
      throw invalid(url, "expected jdbc:postgresql://host[:port]/database[?parameters]");
    }
    return new DatabaseUrl(url, null, null);
  }

  private static DatabaseUrl parseUri(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalid(url, e.getReason());
    }
    var host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw invalid(url, "it names no host, or its host or port is malformed");
    }
    var port = uri.getPort() == -1 ? 5432 : uri.getPort();
    if (port < 1 || port > 65_535) {
      throw invalid(url, "the port must be between 1 and 65535");
    }
    var path = uri.getRawPath();
    var database = path == null || path.length() <= 1 ? "postgres" : decode(path.substring(1));
    if (database.contains("/")) {
      throw invalid(url, "the database name must not contain '/'");
    }
    String username = null;
    String password = null;
    var userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      var colon = userInfo.indexOf(':');
      username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    var hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseUrl(
        "jdbc:postgresql://"
            + hostPart
            + ":"
            + port
            + "/"
            + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20")
            + query,
        username,
        password);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("DATABASE_URL has a malformed %-escape");
    }
  }

  private static ConfigurationException invalid(String url, String reason) {
    // Only a URL-shaped value is echoed (masked); anything else might be a secret pasted wrongly.
    var shown = url.contains("://") ? ": " + mask(url) : "";
    return new ConfigurationException(
        "DATABASE_URL is not a valid PostgreSQL URL (" + reason + ")" + shown);
  }
}
