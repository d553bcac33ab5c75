package dev.linkcheck.report;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Validates JUnit XML against src/test/resources/schema/junit.xsd. Thread-safe. */
final class JunitSchema {

  private static final Schema SCHEMA = load();

  private JunitSchema() {}

  private static Schema load() {
    try {
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(JunitSchema.class.getResource("/schema/junit.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load the JUnit schema", e);
    }
  }

  /** Throws with the first violation when {@code xml} does not follow the schema. */
  static void validate(String xml) throws Exception {
    SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  /** {@code xml} parsed, once it is known to follow the schema. */
  static Document parseValid(String xml) throws Exception {
    validate(xml);
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
