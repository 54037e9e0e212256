package io.dbkeep.adapter.in.web.schema;

import io.dbkeep.domain.format.ExportedSchema;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Answers an export: the bytes with their media type and a {@code Content-Disposition} naming the
 * file ({@code filename} in plain ASCII, {@code filename*} with the full UTF-8 name).
 */
public final class ExportResponse {

  private ExportResponse() {}

  public static void send(Context ctx, ExportedSchema exported) {
    var name = exported.fileName();
    var ascii = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    var encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(exported.mediaType()).result(exported.content());
  }
}
