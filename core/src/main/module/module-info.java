/**
 * The cytoquiz model as a Java module. It is compiled after the tests (see the parent POM), so the tests run on the
 * class path; the jar carries it so that a named-module consumer also gets Guava, which the model uses inside.
 */
module org.cytoquiz.core {
  requires transitive com.google.common;

  exports org.cytoquiz.core;
  exports org.cytoquiz.core.entity;
  exports org.cytoquiz.core.fact;
  exports org.cytoquiz.core.source;
  exports org.cytoquiz.core.therapy;
}
