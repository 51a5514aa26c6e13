package org.cytoquiz.interchange.qti;

import java.util.Set;

/**
 * The two QTI versions cytoquiz writes. They share one information model; QTI 3.0 spells elements as
 * {@code qti-}-prefixed kebab case ({@code qti-choice-interaction}) and attributes in kebab case
 * ({@code max-choices}) where QTI 2.1 uses camel case ({@code choiceInteraction}, {@code maxChoices}), and wraps
 * modal feedback content in {@code qti-content-body}.
 */
public enum QtiVersion {
  /** IMS QTI 2.1. */
  V2P1(
      "http://www.imsglobal.org/xsd/imsqti_v2p1",
      "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
      "http://www.imsglobal.org/xsd/imscp_v1p1",
      "http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
      "QTIv2.1 Package", "1.0.0", "imsqti_item_xmlv2p1"),
  /** 1EdTech QTI 3.0 (valid against the 3.0.1 schema). */
  V3P0(
      "http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
      "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd",
      "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
      "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd",
      "QTI Package", "3.0.0", "imsqti_item_xmlv3p0");

  /** XHTML elements inside item bodies and feedback, spelled alike in both versions. */
  private static final Set<String> HTML = Set.of("p", "div", "span", "br", "strong", "em");

  private final String namespace;
  private final String schemaLocation;
  private final String manifestNamespace;
  private final String manifestSchemaLocation;
  private final String manifestSchema;
  private final String manifestSchemaVersion;
  private final String itemResourceType;

  QtiVersion(String namespace, String schemaLocation, String manifestNamespace, String manifestSchemaLocation,
      String manifestSchema, String manifestSchemaVersion, String itemResourceType) {
    this.namespace = namespace;
    this.schemaLocation = schemaLocation;
    this.manifestNamespace = manifestNamespace;
    this.manifestSchemaLocation = manifestSchemaLocation;
    this.manifestSchema = manifestSchema;
    this.manifestSchemaVersion = manifestSchemaVersion;
    this.itemResourceType = itemResourceType;
  }

  /** The namespace of assessment items. */
  public String namespace() {
    return namespace;
  }

  /** Where the item schema is published, for {@code xsi:schemaLocation}. */
  public String schemaLocation() {
    return schemaLocation;
  }

  /** The namespace of the content package manifest. */
  public String manifestNamespace() {
    return manifestNamespace;
  }

  /** Where the manifest schema is published. */
  public String manifestSchemaLocation() {
    return manifestSchemaLocation;
  }

  /** The manifest's {@code <schema>}. */
  public String manifestSchema() {
    return manifestSchema;
  }

  /** The manifest's {@code <schemaversion>}. */
  public String manifestSchemaVersion() {
    return manifestSchemaVersion;
  }

  /** The manifest resource type of an item. */
  public String itemResourceType() {
    return itemResourceType;
  }

  /** Whether modal feedback content sits in a {@code qti-content-body} (QTI 3). */
  public boolean wrapsFeedbackContent() {
    return this == V3P0;
  }

  /** The element name in this version for a QTI 2.1 name such as {@code choiceInteraction}; XHTML names pass. */
  public String element(String qti21Name) {
    if (this == V2P1 || HTML.contains(qti21Name)) {
      return qti21Name;
    }
    return "qti-" + kebab(qti21Name);
  }

  /** The attribute name in this version for a QTI 2.1 name such as {@code maxChoices}. */
  public String attribute(String qti21Name) {
    return this == V2P1 ? qti21Name : kebab(qti21Name);
  }

  private static String kebab(String camel) {
    StringBuilder out = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
