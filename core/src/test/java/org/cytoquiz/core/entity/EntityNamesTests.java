package org.cytoquiz.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityNamesTests {

  private static final SourceRef SOURCE = new SourceRef(new Section("intro", "Introduction", 3), 1);

  private static Entity entity(String id, EntityType type, String patient, String clinical, String... aliases) {
    return new Entity(EntityId.of(id), type, new Wording(patient, clinical), List.of(aliases), Optional.empty(),
        SOURCE);
  }

  private static final Entity IL2 = entity("interleukin-2", EntityType.CYTOKINE, "interleukin-2",
      "interleukin-2 (IL-2)", "IL-2", "aldesleukin");
  private static final Entity IFN = entity("interferon-alfa", EntityType.CYTOKINE, "interferon-alfa",
      "interferon-alfa (IFN-alfa)", "interferon alfa", "IFN-alfa");
  private static final Entity PEG = entity("peginterferon-alfa-2b", EntityType.CYTOKINE, "peginterferon alfa-2b",
      "peginterferon alfa-2b", "peginterferon", "pegylated interferon");
  private static final Entity PEG_THERAPY = entity("peginterferon-therapy", EntityType.THERAPY,
      "peginterferon alfa-2b treatment", "peginterferon alfa-2b therapy", "peginterferon therapy");
  private static final Entity HD = entity("high-dose-il2", EntityType.THERAPY, "high-dose interleukin-2",
      "high-dose IL-2");
  private static final Entity LD = entity("low-dose-il2", EntityType.THERAPY, "low-dose interleukin-2",
      "low-dose IL-2");
  private static final Entity SYLATRON = entity("sylatron", EntityType.BRAND_NAME, "Sylatron", "Sylatron");

  private static final List<Entity> ALL = List.of(IL2, IFN, PEG, PEG_THERAPY, HD, LD, SYLATRON);
  private static final EntityNames NAMES = EntityNames.of(ALL);

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource({
      "IL-2, interleukin-2",
      "il 2, interleukin-2",
      "IL2, interleukin-2",
      "'  Interleukin  2 ', interleukin-2",
      "interferon alpha, interferon-alfa",
      "Interferon-Alpha, interferon-alfa",
      "IFN alpha, interferon-alfa",
      "peginterferon, peginterferon-alfa-2b",
      "Peginterferon Alpha-2b, peginterferon-alfa-2b",
      "pegylated, peginterferon-alfa-2b",
      "Sylatron™, sylatron",
      "SYLATRON®, sylatron",
      "high-dose-il2, high-dose-il2",
      "low dose, low-dose-il2",
  })
  void findsAnEntityByLabelAliasOrIdWhateverTheSpelling(String term, String id) {
    assertThat(NAMES.lookUp(term)).extracting(e -> e.id().value()).containsExactly(id);
  }

  @Test
  void anExactNameWinsOverLongerNamesThatBeginWithIt() {
    // "peginterferon" is the drug's alias; the therapy's "peginterferon therapy" begins with it but is not it.
    assertThat(NAMES.lookUp("peginterferon")).containsExactly(PEG);
    assertThat(NAMES.lookUp("peginterferon alfa-2b t")).isEmpty();
    assertThat(NAMES.lookUp("peginterferon alfa-2b therapy")).containsExactly(PEG_THERAPY);
  }

  @Test
  void anAmbiguousTermFindsEveryCandidateInTheOrderGiven() {
    assertThat(NAMES.lookUp("peginterferon alfa")).containsExactly(PEG, PEG_THERAPY);
    assertThat(EntityNames.of(List.of(LD, HD, IL2)).lookUp("interleukin")).containsExactly(IL2);
    assertThat(EntityNames.of(List.of(LD, IL2, HD)).lookUp("high dose interleukin")).containsExactly(HD);
  }

  @Test
  void aTermMatchesWholeWordsFromTheStartOfAName() {
    assertThat(NAMES.lookUp("dose")).isEmpty();
    assertThat(NAMES.lookUp("interleuk")).isEmpty();
    assertThat(NAMES.lookUp("pegylated interferon alfa")).isEmpty();
  }

  @Test
  void aTermWithoutLettersOrDigitsFindsNothing() {
    assertThat(NAMES.lookUp("")).isEmpty();
    assertThat(NAMES.lookUp(" - ")).isEmpty();
  }

  @Test
  void everyNameOfEveryEntityFindsItWhateverItsCaseSpacingAndAlfaSpelling() {
    qt().forAll(integers().between(0, ALL.size() - 1), integers().between(0, 5), integers().between(0, 1000))
        .checkAssert((index, nameIndex, salt) -> {
          Entity entity = ALL.get(index);
          List<String> names = new ArrayList<>(List.of(entity.label().patient(), entity.label().clinical()));
          names.addAll(entity.aliases());
          String name = names.get(nameIndex % names.size());
          String respelt = respell(name, salt);
          assertThat(NAMES.lookUp(respelt)).as("'%s' from '%s'", respelt, name).contains(entity);
        });
  }

  @Test
  void normalizingIsIdempotent() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
        .checkAssert(text -> assertThat(EntityNames.normalize(EntityNames.normalize(text)))
            .isEqualTo(EntityNames.normalize(text)));
  }

  /** The same name with its case flipped by {@code salt}, its separators dropped, doubled or swapped. */
  private static String respell(String name, int salt) {
    StringBuilder out = new StringBuilder(salt % 2 == 0 ? " " : "");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean flip = ((salt >> (i % 10)) & 1) == 1;
      if (c == ' ' || c == '-') {
        out.append(flip ? " - " : salt % 3 == 0 ? "" : "  ");
      } else {
        out.append(flip ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
    }
    String respelt = out.toString();
    return salt % 5 == 0 ? respelt.replace("alfa", "alpha").replace("ALFA", "Alpha") : respelt;
  }
}
