/**
 * Loading, validating and writing cytoquiz courses, and the bundled course, as a Java module. Compiled after the
 * tests (see the parent POM); the course files sit outside any package, so the class path and the module path read
 * them alike.
 */
module org.cytoquiz.content {
  requires transitive org.cytoquiz.teaching;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.networknt.schema;
  requires org.apache.commons.text;
  requires org.slf4j;

  exports org.cytoquiz.content.format;
  exports org.cytoquiz.content.load;
  exports org.cytoquiz.content.validate;
  exports org.cytoquiz.content.write;

  // Jackson binds the content files to the format's records by reflection.
  opens org.cytoquiz.content.format to com.fasterxml.jackson.databind;
}
