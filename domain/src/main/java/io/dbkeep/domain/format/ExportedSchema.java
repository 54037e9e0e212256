package io.dbkeep.domain.format;

import java.util.Objects;

/**
 * A document written in a foreign format.
 *
 * @param content the bytes (UTF-8 for text formats)
 * @param format what they are; {@link TargetFormat#mediaType()} is their media type
 * @param baseName a file name without extension: the project's name, or {@code schema}
 */
public record ExportedSchema(byte[] content, TargetFormat format, String baseName) {

  public ExportedSchema {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(baseName, "baseName");
  }

  /** {@code baseName.extension}. */
  public String fileName() {
    return baseName + "." + format.fileExtension();
  }

  public String mediaType() {
    return format.mediaType();
  }
}
