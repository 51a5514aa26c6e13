/**
 * The teaching material of a cytoquiz course as a Java module. It is compiled after the tests (see the parent POM),
 * so the tests run on the class path.
 */
module org.cytoquiz.teaching {
  requires transitive org.cytoquiz.core;

  exports org.cytoquiz.teaching;
}
