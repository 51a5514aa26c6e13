package org.cytoquiz.content.load;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/** A YAML value that remembers the line it started on, so that every problem can name its line. */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

  /** The 1-based line where the value starts. */
  int line();

  /** What kind of value this is, for messages. */
  String describe();

  /** A key of a mapping, with its line. */
  record Key(String name, int line) {}

  /** One key and its value. */
  record Entry(Key key, Node value) {}

  /** A YAML mapping, entries in file order. */
  record Mapping(int line, List<Entry> entries) implements Node {
    public Mapping {
      entries = ImmutableList.copyOf(entries);
    }

    Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().name().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A YAML sequence. */
  record Sequence(int line, List<Node> items) implements Node {
    public Sequence {
      items = ImmutableList.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A YAML scalar as written; {@code text} is empty for an explicit or implicit null. */
  record Scalar(int line, Optional<String> text) implements Node {
    @Override
    public String describe() {
      return text.map(t -> "the value '" + t + "'").orElse("an empty value");
    }
  }
}
