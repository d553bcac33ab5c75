package dev.linkcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The JSON report's contract, {@code src/test/resources/schema/report.schema.json} (draft 2020-12),
 * as a validator: the whole document, or one of its {@code $defs} (an NDJSON line). Thread-safe.
 */
public final class ReportSchema {

  /** Where the schema is, as the README names it. */
  public static final String PATH = "src/test/resources/schema/report.schema.json";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final String LOCATION = "classpath:schema/report.schema.json";

  private ReportSchema() {}

  /** What makes {@code report} break the contract, one line each; empty when it keeps it. */
  public static List<String> problems(JsonNode report) {
    return problems(FACTORY.getSchema(SchemaLocation.of(LOCATION)), report);
  }

  /** The same against the schema's {@code $defs/definition}, e.g. {@code result}. */
  public static List<String> problems(String definition, JsonNode node) {
    return problems(FACTORY.getSchema(SchemaLocation.of(LOCATION + "#/$defs/" + definition)), node);
  }

  private static List<String> problems(JsonSchema schema, JsonNode node) {
    return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
