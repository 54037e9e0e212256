package io.dbkeep.adapter.in.web.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-kept {@code openapi.yaml} is a valid OpenAPI 3.1 document: it is validated against the
 * official meta-schema ({@code schema-base}, which also checks each Schema Object against the OAS
 * 3.1 dialect), as bundled in the {@code vertx-openapi} jar, by networknt's JSON Schema validator.
 */
class OpenApiDocumentTest {

  private static final String SPEC = "https://spec.openapis.org/oas/3.1/";
  private static final String META_SCHEMA = SPEC + "schema-base/2022-10-07";

  private static Schema metaSchema;
  private static JsonNode document;

  @BeforeAll
  static void load() throws IOException {
    var registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaIdResolvers(
                    resolvers ->
                        resolvers.mapPrefix(SPEC, "classpath:spec.openapis.org/oas/3.1/")));
    metaSchema = registry.getSchema(SchemaLocation.of(META_SCHEMA));
    try (var in =
        OpenApiDocumentTest.class
            .getClassLoader()
            .getResourceAsStream("io/dbkeep/adapter/in/web/docs/openapi.yaml")) {
      assertThat(in).as("openapi.yaml on the class path").isNotNull();
      document = YAMLMapper.builder().build().readTree(in);
    }
  }

  private static List<String> violations(JsonNode candidate) {
    return metaSchema.validate(candidate).stream().map(Error::toString).toList();
  }

  @Test
  void theDocumentIsValidAgainstTheOpenApi31MetaSchema() {
    assertThat(document.get("openapi").asString()).startsWith("3.1.");
    assertThat(violations(document)).isEmpty();
  }

  @Test
  void theMetaSchemaCatchesBrokenDocuments() {
    var noInfo = (ObjectNode) document.deepCopy();
    noInfo.remove("info");
    assertThat(violations(noInfo)).isNotEmpty();

    var responseWithoutDescription = (ObjectNode) document.deepCopy();
    ((ObjectNode) responseWithoutDescription.at("/paths/~1api~1projects/get/responses/200"))
        .remove("description");
    assertThat(violations(responseWithoutDescription)).isNotEmpty();

    var badSchemaType = (ObjectNode) document.deepCopy();
    ((ObjectNode) badSchemaType.at("/components/schemas/Problem")).put("type", "text");
    assertThat(violations(badSchemaType)).isNotEmpty();

    var unknownField = (ObjectNode) document.deepCopy();
    ((ObjectNode) unknownField.at("/paths/~1api~1projects/get")).put("respones", "typo");
    assertThat(violations(unknownField)).isNotEmpty();
  }
}
