package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor CSV through a real spreadsheet: LibreOffice (headless) imports the downloaded file as Excel
 * does by default (comma-separated, UTF-8, special numbers such as dates detected) and saves it as .xlsx; Apache
 * POI reads that back. Accented names survive, the byte-order mark is taken as the encoding mark and not as part
 * of the first heading, no cell becomes a formula, and date-times are real dates. Headless LibreOffice does not
 * read the encoding from the byte-order mark by itself, so the import names UTF-8; Excel takes it from the mark,
 * which {@code HospitalTests} checks at the byte level. Skipped when LibreOffice is not installed, unless
 * {@code CYTOQUIZ_REQUIRE_BROWSER} is set (as in CI, where {@code .ci/run} installs it).
 */
class HospitalCsvSpreadsheetTests {

  @TempDir Path dir;

  @Test
  void accentedNamesGuardedCellsAndDatesRoundTripThroughLibreOffice() throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    if (System.getenv("CYTOQUIZ_REQUIRE_BROWSER") == null) {
      Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed");
    }
    Path csv = dir.resolve("results.csv");
    try (TestApp app = TestApp.sqlite(dir.resolve("db"))) {
      for (String name : List.of("Zoë", "Łukasz", "Ångström", "=1+1", "-3")) {
        HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null,
            "{\"quiz\": \"staff-certification\", \"learner\": \"" + name + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = json(r).path("attemptId").asText();
        app.send("POST", "/api/v1/attempts/" + id + "/submit", json(r).path("token").asText(), null);
      }
      String csrf = TestApp.csrf(app.get("/instructor/login").body());
      app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD));
      Files.write(csv, app.get("/instructor/results.csv").body().getBytes(StandardCharsets.UTF_8));
    }
    Path out = dir.resolve("out");
    Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--infilter=CSV:44,34,76,1,,1033,false,true", "--convert-to", "xlsx", "--outdir", out.toString(), csv.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(convert.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice converts within two minutes").isTrue();
    assertThat(convert.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();

    try (InputStream in = Files.newInputStream(out.resolve("results.xlsx"));
        Workbook book = WorkbookFactory.create(in)) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      Map<String, Integer> column = new HashMap<>();
      for (Cell c : header) {
        column.put(c.getStringCellValue(), c.getColumnIndex());
      }
      // The byte-order mark is read as the encoding, not left as text in the first heading.
      assertThat(column).containsKeys("attempt_id", "learner", "started", "submitted", "duration", "pass_mark",
          "q1_mark");
      DataFormatter format = new DataFormatter();
      Map<String, Row> byLearner = new HashMap<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        byLearner.put(format.formatCellValue(row.getCell(column.get("learner"))), row);
      }
      // Guarded cells show their text with the apostrophe a spreadsheet would then hide; nothing became a formula.
      assertThat(byLearner).containsKeys("Zoë", "Łukasz", "Ångström", "'=1+1", "'-3");
      for (Row row : byLearner.values()) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
        }
        Cell started = row.getCell(column.get("started"));
        assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(started)).as("started is a date-time").isTrue();
        assertThat(row.getCell(column.get("pass_mark")).getNumericCellValue()).isEqualTo(80);
        assertThat(row.getCell(column.get("q1_mark")).getCellType()).isEqualTo(CellType.NUMERIC);
      }
    }
  }
}
