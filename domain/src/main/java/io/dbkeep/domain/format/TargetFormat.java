package io.dbkeep.domain.format;

import io.vavr.control.Option;
import java.util.Locale;

/** A format a schema document can be exported to besides its own JSON and engine SQL. */
public enum TargetFormat {
  DBML("dbml", "text/plain; charset=utf-8", "dbml"),
  MERMAID("mermaid", "text/plain; charset=utf-8", "mmd"),
  SVG("svg", "image/svg+xml", "svg"),
  PNG("png", "image/png", "png");

  private final String wireName;
  private final String mediaType;
  private final String fileExtension;

  TargetFormat(String wireName, String mediaType, String fileExtension) {
    this.wireName = wireName;
    this.mediaType = mediaType;
    this.fileExtension = fileExtension;
  }

  public String wireName() {
    return wireName;
  }

  /** The HTTP media type of the written bytes. */
  public String mediaType() {
    return mediaType;
  }

  public String fileExtension() {
    return fileExtension;
  }

  /** Whether the output is text (UTF-8) rather than an image. */
  public boolean isText() {
    return this == DBML || this == MERMAID;
  }

  public static Option<TargetFormat> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    var key = text.trim().toLowerCase(Locale.ROOT);
    for (var format : values()) {
      if (format.wireName.equals(key)) {
        return Option.of(format);
      }
    }
    return key.equals("mmd") ? Option.of(MERMAID) : Option.none();
  }
}
