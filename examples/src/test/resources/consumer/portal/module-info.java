// A portal's own code as a named module, outside the cytoquiz build: it names only the cytoquiz modules, and
// gets the core model (and Guava, which the model uses inside) through them.
module org.example.portal {
  requires org.cytoquiz.content;
  requires org.cytoquiz.quiz;
}
