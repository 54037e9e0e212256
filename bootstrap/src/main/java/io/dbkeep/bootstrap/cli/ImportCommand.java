package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.FormatWiring;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep import --from postgresql|mysql|sqlite|dbml FILE|-}: reads a schema text (an
 * engine's DDL or dump, or DBML) and prints the DBKeep document (JSON) on standard output, its
 * tables laid out. Warnings go to standard error as {@code line N: CODE message}. Exit status 0; 1
 * when the text does not parse ({@code FILE:line:column: message} on standard error, nothing on
 * standard output); 2 for bad usage (unknown format) or a file that cannot be read.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Read an SQL dump/DDL or DBML file into a DBKeep schema document (JSON).")
public final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = {"-f", "--from"},
      required = true,
      paramLabel = "FORMAT",
      description = "postgresql, mysql, sqlite or dbml")
  String from;

  @Parameters(paramLabel = "FILE", description = "the text to import; - reads standard input")
  String file;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var format = SourceFormat.parse(from);
    if (format.isEmpty()) {
      err.println("dbkeep: unknown format \"" + from + "\"; use postgresql, mysql, sqlite or dbml");
      err.flush();
      return 2;
    }
    String text;
    try {
      text = read(file, System.in);
    } catch (IOException e) {
      err.println("dbkeep: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return 2;
    }
    var query = FormatWiring.importSchema();
    var imported = query.importSchema(text, format.get());
    if (imported.isLeft()) {
      var error = imported.getLeft();
      err.println(("-".equals(file) ? "<stdin>" : file) + ":" + error.located());
      err.flush();
      return 1;
    }
    imported
        .get()
        .warnings()
        .forEach(
            warning ->
                err.println(
                    "line " + warning.line() + ": " + warning.code() + " " + warning.message()));
    err.flush();
    out.println(new JsonCodec().write(SchemaDocumentWriter.write(imported.get().document())));
    out.flush();
    return 0;
  }

  /** The file (or standard input for {@code -}) as strict UTF-8, a byte-order mark dropped. */
  static String read(String file, InputStream stdin) throws IOException {
    var bytes = InputFiles.read(file, stdin);
    try {
      var text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text", e);
    }
  }
}
