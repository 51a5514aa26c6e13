package org.cytoquiz.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the item map places facility and discrimination, worked out from the plot area 50..390 × 15..180. */
class ChartsTests {

  @Test
  void facilityRunsLeftToRightAndStaysInsideThePlot() {
    assertThat(Charts.x(0)).isEqualTo(50);
    assertThat(Charts.x(50)).isEqualTo(220);
    assertThat(Charts.x(100)).isEqualTo(390);
    assertThat(Charts.x(-29.6)).as("a facility below 0 is drawn on the axis").isEqualTo(50);
    assertThat(Charts.x(140)).isEqualTo(390);
  }

  @Test
  void discriminationRunsBottomToTopAndStaysInsideThePlot() {
    assertThat(Charts.y(-100)).isEqualTo(180);
    assertThat(Charts.y(0)).isEqualTo(97.5);
    assertThat(Charts.y(100)).isEqualTo(15);
    assertThat(Charts.y(250)).isEqualTo(15);
    assertThat(Charts.y(-250)).isEqualTo(180);
  }

  @Test
  void theShadedZoneIsWhereGoodItemsSit() throws IOException {
    // facility 10-90 %: x 84 to 356 (width 272); discrimination 20-100 %: y 81 up to 15 (height 66)
    assertThat(Charts.x(10)).isCloseTo(84, within(1e-9));
    assertThat(Charts.x(90) - Charts.x(10)).isCloseTo(272, within(1e-9));
    assertThat(Charts.y(100)).isCloseTo(15, within(1e-9));
    assertThat(Charts.y(20) - Charts.y(100)).isCloseTo(66, within(1e-9));
    String template = Files.readString(Path.of("src/main/jte/instructor-statistics.jte"), StandardCharsets.UTF_8);
    assertThat(template).contains("<rect x=\"84\" y=\"15\" width=\"272\" height=\"66\" class=\"good-zone\"/>");
  }
}
