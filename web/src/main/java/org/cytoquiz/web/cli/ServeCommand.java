package org.cytoquiz.web.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cytoquiz.web.app.WebApp;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.instructor.InstructorAuth;
import org.cytoquiz.web.instructor.InstructorStore;
import org.cytoquiz.web.instructor.Organisation;
import org.cytoquiz.web.instructor.PasswordHash;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.cytoquiz.web.store.JdbcXapiOutbox;
import org.cytoquiz.web.xapi.LrsClient;
import org.cytoquiz.web.xapi.LrsSettings;
import org.cytoquiz.web.xapi.OutboxSender;
import org.cytoquiz.web.xapi.XapiStatements;
import org.cytoquiz.teaching.Curriculum;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cytoquiz serve}: the web application, on SQLite by default or PostgreSQL by URL. */
@Command(name = "serve", description = "Runs the web application (stop it with Ctrl-C; in-flight requests finish first).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ContentOption content;

  @Option(names = "--host", defaultValue = "${env:CYTOQUIZ_HOST:-127.0.0.1}", paramLabel = "HOST",
      description = "Address to listen on (env CYTOQUIZ_HOST; default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "${env:CYTOQUIZ_PORT:-8080}", paramLabel = "PORT",
      description = "Port to listen on, 0 for any free port (env CYTOQUIZ_PORT; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data-dir", defaultValue = "${env:CYTOQUIZ_DATA_DIR:-./data}", paramLabel = "DIR",
      description = "Folder of the embedded SQLite database (env CYTOQUIZ_DATA_DIR; default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--db", defaultValue = "${env:CYTOQUIZ_DB_URL}", paramLabel = "JDBC-URL",
      description = "A jdbc:postgresql://... URL to use PostgreSQL instead of SQLite (env CYTOQUIZ_DB_URL).")
  String dbUrl;

  @Option(names = "--db-user", defaultValue = "${env:CYTOQUIZ_DB_USER}", paramLabel = "USER",
      description = "Database user (env CYTOQUIZ_DB_USER).")
  String dbUser;

  @Option(names = "--db-password-env", defaultValue = "CYTOQUIZ_DB_PASSWORD", paramLabel = "VAR",
      description = "The environment variable holding the database password (default: ${DEFAULT-VALUE}).")
  String dbPasswordEnv;

  @Option(names = "--instructor-password-hash", defaultValue = "${env:CYTOQUIZ_INSTRUCTOR_PASSWORD_HASH}",
      paramLabel = "HASH", description = "Hash of the instructor password, from `cytoquiz hash-password` "
          + "(env CYTOQUIZ_INSTRUCTOR_PASSWORD_HASH). Without it the instructor area stays closed.")
  String passwordHash;

  @Option(names = "--secure-cookies", defaultValue = "${env:CYTOQUIZ_SECURE_COOKIES:-false}",
      description = "Mark cookies Secure: set this when the site is served over HTTPS (env CYTOQUIZ_SECURE_COOKIES).")
  boolean secureCookies;

  @Option(names = "--time-zone", defaultValue = "${env:CYTOQUIZ_TIME_ZONE}", paramLabel = "ZONE",
      description = "Time zone in which pages, certificates, instructor filters and CSV show dates and times, such "
          + "as Europe/Berlin (env CYTOQUIZ_TIME_ZONE; default: the system's). Times are stored in UTC.")
  String timeZone;

  @Option(names = "--xapi-iri-base", defaultValue = "${env:CYTOQUIZ_XAPI_IRI_BASE:-https://cytoquiz.example/}",
      paramLabel = "IRI", description = "Base of the xAPI activity ids and of learners' account home page: this "
          + "server's public address, such as https://quiz.example-hospital.org/ (env CYTOQUIZ_XAPI_IRI_BASE; "
          + "default: ${DEFAULT-VALUE}, which names no real site).")
  String xapiIriBase;

  @Option(names = "--lrs-url", defaultValue = "${env:CYTOQUIZ_LRS_URL}", paramLabel = "URL",
      description = "xAPI endpoint of a learning record store, such as https://lrs.example.org/xapi/: when set, "
          + "every statement is sent there in the background (env CYTOQUIZ_LRS_URL).")
  String lrsUrl;

  @Option(names = "--lrs-user", defaultValue = "${env:CYTOQUIZ_LRS_USER}", paramLabel = "USER",
      description = "Basic-auth user (the LRS client's key) (env CYTOQUIZ_LRS_USER).")
  String lrsUser;

  @Option(names = "--lrs-password", defaultValue = "${env:CYTOQUIZ_LRS_PASSWORD}", paramLabel = "PASSWORD",
      description = "Basic-auth password (the LRS client's secret); prefer the environment variable "
          + "CYTOQUIZ_LRS_PASSWORD, which other users of the machine cannot read from the process list.")
  String lrsPassword;

  @Option(names = "--organisation-name", defaultValue = "${env:CYTOQUIZ_ORGANISATION_NAME:-cytoquiz}",
      paramLabel = "NAME", description = "The organisation that issues certificates, printed on each one "
          + "and named in every page's header (env CYTOQUIZ_ORGANISATION_NAME; default: ${DEFAULT-VALUE}).")
  String organisationName;

  @Option(names = "--organisation-logo", defaultValue = "${env:CYTOQUIZ_ORGANISATION_LOGO}", paramLabel = "PATH",
      description = "A logo printed on certificates and shown in every page's header: a .png, .jpg, .gif, .webp or .svg file of at most 1 MiB, "
          + "served by the application (env CYTOQUIZ_ORGANISATION_LOGO).")
  Path organisationLogo;

  /**
   * The configured organisation.
   *
   * @throws CommandLine.ParameterException if the name is blank or too long or the logo cannot be used
   */
  Organisation organisation() {
    try {
      return Organisation.of(organisationName == null ? "cytoquiz" : organisationName,
          Optional.ofNullable(organisationLogo));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage().startsWith("--")
          ? e.getMessage() : "--organisation-name: " + e.getMessage());
    }
  }

  /**
   * The configured time zone, or the system's.
   *
   * @throws CommandLine.ParameterException if it names no zone
   */
  ZoneId zone() {
    if (timeZone == null || timeZone.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--time-zone '" + timeZone
          + "' is not a time zone: use a region such as Europe/Berlin or an offset such as +01:00");
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    ZoneId zone = zone();
    Organisation organisation = organisation();
    Optional<PasswordHash> hash;
    try {
      hash = Optional.ofNullable(passwordHash).filter(h -> !h.isBlank()).map(PasswordHash::parse);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    XapiStatements xapi;
    Optional<LrsSettings> lrs;
    try {
      xapi = XapiStatements.parse(xapiIriBase);
      lrs = lrsUrl == null || lrsUrl.isBlank() ? Optional.empty()
          : Optional.of(LrsSettings.parse(lrsUrl, lrsUser, lrsPassword));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (lrs.isEmpty() && ((lrsUser != null && !lrsUser.isBlank()) || (lrsPassword != null && !lrsPassword.isBlank()))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "an LRS user or password is set but no --lrs-url "
          + "(env CYTOQUIZ_LRS_URL): give the LRS's xAPI endpoint too");
    }
    Curriculum course = content.load();
    Database database;
    try {
      database = dbUrl == null || dbUrl.isBlank()
          ? Database.sqlite(dataDir)
          : Database.open(dbUrl, dbUser, System.getenv(dbPasswordEnv));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Clock clock = Clock.systemUTC();
    JdbcAttemptStore store = new JdbcAttemptStore(database);
    Optional<OutboxSender> sender = lrs.map(settings -> new OutboxSender(new JdbcXapiOutbox(database, clock),
        new LrsClient(settings, LrsClient.DEFAULT_TIMEOUT), OutboxSender.Timing.DEFAULT));
    Javalin app = WebApp.create(new AttemptService(course, store, clock, xapi), store,
        new InstructorAuth(hash, store, clock), clock, new WebApp.Settings(secureCookies, zone, organisation),
        new InstructorStore(database), () -> sender.flatMap(OutboxSender::backlog));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      // After the last request: the statement in flight is delivered and recorded, the rest wait for the next start.
      sender.ifPresent(OutboxSender::close);
      database.close();
      stopped.countDown();
    }, "cytoquiz-shutdown"));
    app.start(host, port);
    sender.ifPresent(OutboxSender::start);
    spec.commandLine().getOut().printf("cytoquiz is serving http://%s:%d/ (%s; times shown in %s)%n", host,
        app.port(), database.isSqlite() ? "SQLite in " + dataDir.toAbsolutePath() : "PostgreSQL", zone.getId());
    lrs.ifPresent(l -> spec.commandLine().getOut().printf("cytoquiz sends xAPI statements to %s%n", l.endpoint()));
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
