package org.cytoquiz.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ValidationReport;
import org.junit.jupiter.api.Test;

class BundledCourseTests {

  @Test
  void theShippedCourseHasNoErrors() {
    ValidationReport report = ContentLoader.validate(BundledCourse.files(), LocalDate.of(2024, 1, 1));
    assertThat(report.problems()).extracting(ContentProblem::format).isEmpty();
    assertThat(report.knowledgeBase()).isPresent();
  }
}
