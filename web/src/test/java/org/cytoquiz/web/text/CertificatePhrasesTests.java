package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.web.instructor.Certificates;
import org.junit.jupiter.api.Test;

/**
 * The certificate area's phrases ({@code certificate.properties}) give the English the certificate, verify and
 * review-sheet pages printed before their words moved to the bundle: counted nouns agree with their number, the
 * validity and review status read whole with their dates, and the pieces around an emphasised word join up.
 */
class CertificatePhrasesTests {

  private static final UiText EN = UiText.english();

  @Test
  void periodsOfValidityAgreeWithTheirNumberAndJoinWithAnd() {
    assertThat(EN.t("certificate.certificate.period.years", "count", 1)).isEqualTo("1 year");
    assertThat(EN.t("certificate.certificate.period.years", "count", 2)).isEqualTo("2 years");
    assertThat(EN.t("certificate.certificate.period.months", "count", 1)).isEqualTo("1 month");
    assertThat(EN.t("certificate.certificate.period.months", "count", 18)).isEqualTo("18 months");
    assertThat(EN.t("certificate.certificate.period.days", "count", 1)).isEqualTo("1 day");
    assertThat(EN.t("certificate.certificate.period.days", "count", 90)).isEqualTo("90 days");
    assertThat(EN.t("certificate.certificate.period.and", "first", "1 year", "second", "6 months"))
        .isEqualTo("1 year and 6 months");
    assertThat(EN.t("certificate.certificate.valid-until", "date", EN.day(LocalDate.of(2028, 3, 1)),
        "period", "2 years")).isEqualTo("Valid until 1 March 2028 (2 years from the day it was passed)");
    assertThat(EN.t("certificate.certificate.expired-on", "date", EN.day(LocalDate.of(2025, 3, 1)),
        "period", "90 days")).isEqualTo("Expired on 1 March 2025 (90 days from the day it was passed)");
  }

  @Test
  void theReviewStatusReadsWholeWithTheMonthAndDayBeforeAndAfterItFallsDue() {
    Source source = BundledCourse.knowledgeBase().course().source();
    // The shipped article was last reviewed in February 2022 and falls due on 28 February 2025.
    assertThat(Certificates.review(source, LocalDate.of(2024, 1, 15)).text()).isEqualTo(
        "Medical review current: last reviewed in February 2022 by HU Medical Review Board; next review due "
            + "28 February 2025.");
    assertThat(Certificates.review(source, LocalDate.of(2026, 11, 30)).text()).isEqualTo(
        "Medical review overdue: the content was last reviewed in February 2022 by HU Medical Review Board and "
            + "was due for review on 28 February 2025.");
  }

  @Test
  void theReviewSheetCountsFactsAndDefinitionsInTheirNumberAndItsSplitSentencesJoinUp() {
    assertThat(EN.t("certificate.review-sheet.prepared", "day", "2026-11-30", "facts", 1, "entries", 1))
        .isEqualTo("Prepared 2026-11-30: 1 fact and 1 name and definition.");
    assertThat(EN.t("certificate.review-sheet.prepared", "day", "2026-11-30", "facts", 120, "entries", 0))
        .isEqualTo("Prepared 2026-11-30: 120 facts and 0 names and definitions.");
    assertThat(EN.t("certificate.review-sheet.source.before") + " Title"
        + EN.t("certificate.review-sheet.source.after", "month", "February 2022", "reviewer", "a board"))
        .isEqualTo("Source article: Title, last reviewed February 2022 by a board.");
    assertThat(String.join(" ", EN.t("certificate.review-sheet.denials.before"),
        EN.t("certificate.review-sheet.denials.not"), EN.t("certificate.review-sheet.denials.after")))
        .isEqualTo("Rows in italics record something the article says is not so.");
  }

  @Test
  void theVerifyPageNamesTheDayWithItsZone() {
    assertThat(EN.t("certificate.verify.date.value", "date", EN.day(LocalDate.of(2026, 11, 30)), "zone",
        "Europe/Amsterdam")).isEqualTo("30 November 2026 (Europe/Amsterdam)");
    assertThat(EN.t("certificate.certificate.check", "verifyPage", "https://quiz.example.org/verify",
        "source", "Source: an article.", "attempt", "a1b2")).isEqualTo("To check this certificate, enter its code "
            + "at https://quiz.example.org/verify. Source: an article. Attempt a1b2.");
  }
}
