package vn.soi.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.security.RouteRole;
import io.javalin.validation.ValidationException;
import jakarta.servlet.SessionTrackingMode;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.session.SessionHandler;
import vn.soi.web.account.Role;
import vn.soi.web.admin.AdminController;
import vn.soi.web.api.ApiController;
import vn.soi.web.cases.CaseController;
import vn.soi.web.export.ExportController;
import vn.soi.web.findings.FindingCatalog;
import vn.soi.web.findings.FindingMaskers;
import vn.soi.web.findings.FindingsController;
import vn.soi.web.document.DocumentController;
import vn.soi.web.home.HomeController;
import vn.soi.web.page.ErrorResponder;
import vn.soi.web.page.Navigation;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.page.Section;
import vn.soi.web.pseudonym.CorpusNames;
import vn.soi.web.search.NameMasks;
import vn.soi.web.search.SavedSearches;
import vn.soi.web.search.SearchController;
import vn.soi.web.security.Access;
import vn.soi.web.security.AccessControl;
import vn.soi.web.security.Csrf;
import vn.soi.web.security.HeaderedErrorHandler;
import vn.soi.web.security.SecurityHeaders;
import vn.soi.web.security.SignInThrottle;
import vn.soi.web.security.Sessions;
import vn.soi.web.security.ThrottlePolicy;
import vn.soi.web.signin.SignInController;
import vn.soi.web.stats.StatisticsController;
import vn.soi.web.stats.StatisticsService;
import vn.soi.web.upload.UploadController;
import vn.soi.web.upload.UploadJobs;
import vn.soi.web.upload.UploadLimits;
import vn.soi.web.upload.UploadProcessor;

/**
 * The Soi web application: built from its services, it exposes an unstarted Javalin server whose routes, each with
 * the roles allowed to use it, are all declared in {@link #routes}. Start it with
 * {@code app.javalin().start(config.host(), config.port())}.
 */
public final class SoiWebApp {
    /** Every account role: routes for any signed-in user. */
    private static final RouteRole[] SIGNED_IN = Role.values();
    /** The roles that review findings and record decisions. */
    private static final RouteRole[] REVIEWERS = {Role.INSPECTOR, Role.BOARD};
    /** The roles that open whole cases (evidence in full, with names): everyone but researchers. */
    private static final RouteRole[] CASE_READERS = {Role.ADMIN, Role.INSPECTOR, Role.BOARD};
    /** The roles that upload documents. */
    private static final RouteRole[] UPLOADERS = {Role.ADMIN, Role.INSPECTOR, Role.BOARD};

    private final SecurityHeaders headers = new SecurityHeaders();
    private final Navigation navigation = new Navigation();
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final AccessControl accessControl;
    private final ErrorResponder errors;
    private final SignInController signIn;
    private final HomeController home;
    private final AdminController admin;
    private final ApiController api;
    // Findings, cases, statistics, upload and export.
    private final FindingsController findings;
    private final CaseController cases;
    private final StatisticsController statistics;
    private final ExportController exports;
    private final UploadController uploads;
    private final UploadLimits uploadLimits = UploadLimits.DEFAULTS;
    private final SearchController search;
    private final DocumentController documents;
    private final Javalin javalin;

    /**
     * An application that takes no uploads (the upload page says so).
     *
     * @param services the services the pages and the API use
     */
    public SoiWebApp(WebServices services) {
        this(services, null);
    }

    /**
     * @param services the services the pages and the API use
     * @param uploadProcessor ingests uploaded folders and re-runs the analysis, or null to take no uploads
     */
    public SoiWebApp(WebServices services, UploadProcessor uploadProcessor) {
        Objects.requireNonNull(services, "services");
        Sessions sessions = new Sessions(services.clock());
        Csrf csrf = new Csrf();
        PageRenderer pages = new PageRenderer(navigation, sessions, csrf);
        this.accessControl = new AccessControl(sessions, csrf);
        this.errors = new ErrorResponder(pages);
        this.signIn = new SignInController(services.users(), services.audit(),
                new SignInThrottle(ThrottlePolicy.DEFAULTS, services.clock()), sessions, csrf, pages);
        this.home = new HomeController(sessions, navigation, pages);
        this.admin = new AdminController(services.users(), services.audit(), sessions, pages);
        FindingCatalog catalog = new FindingCatalog(services.findings(), services.reviews());
        this.api = new ApiController(services.reviews(), catalog, services.audit(), sessions, csrf, json);
        // Findings, cases, statistics, upload and export.
        CorpusNames corpusNames = new CorpusNames(services.index());
        FindingMaskers maskers = new FindingMaskers(corpusNames, services.pseudonymizer());
        this.findings = new FindingsController(catalog, maskers, services.reviews(), services.audit(),
                sessions, pages);
        this.cases = new CaseController(catalog, services.index(), services.reviews(), services.audit(), sessions,
                pages);
        this.statistics = new StatisticsController(new StatisticsService(services.index(), services.findings()), pages);
        this.exports = new ExportController(catalog, maskers, services.audit(), sessions);
        this.uploads = new UploadController(uploadProcessor == null ? null
                : new UploadJobs(uploadProcessor, services.clock(), services.audit()), uploadLimits,
                services.data().root().resolve("uploads"), services.audit(), sessions, pages);
        NameMasks masks = new NameMasks(services.pseudonymizer(), corpusNames);
        this.search = new SearchController(services.search(), new SavedSearches(services.database(), services.clock()),
                masks, sessions, pages);
        this.documents = new DocumentController(services.index(), services.findings(), services.data(),
                services.audit(), masks, sessions, pages);
        this.javalin = Javalin.create(this::configure);
    }

    /** @return the configured, not yet started server */
    public Javalin javalin() {
        return javalin;
    }

    private void configure(JavalinConfig config) {
        config.showJavalinBanner = false;
        config.router.ignoreTrailingSlashes = true;
        config.jsonMapper(new JavalinJackson(json, false));
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/vn/soi/web/static";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
        });
        // WebJars (Chart.js), public like the other static assets.
        config.staticFiles.add(files -> {
            files.hostedPath = "/webjars";
            files.directory = "META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
        });
        config.jetty.multipartConfig.maxFileSize(uploadLimits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(uploadLimits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessionHandler()));
        // Requests Jetty refuses itself (malformed, ambiguous paths) get the security headers too.
        config.jetty.modifyServer(server -> server.setErrorHandler(new HeaderedErrorHandler()));
        config.router.mount(this::routes);
    }

    private static SessionHandler sessionHandler() {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie(Sessions.COOKIE_NAME);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.STRICT);
        // Secure whenever the request came over HTTPS (a TLS proxy); plain HTTP on loopback still works.
        sessions.setSecureRequestOnly(true);
        sessions.setMaxInactiveInterval((int) Sessions.IDLE_TIMEOUT.toSeconds());
        sessions.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
        return sessions;
    }

    /** Every route, with the roles allowed to use it. */
    private void routes(JavalinDefaultRouting router) {
        router.before(headers::apply);
        router.beforeMatched(accessControl::check);
        router.exception(HttpResponseException.class, errors::httpError);
        router.exception(ValidationException.class, errors::invalid);
        router.exception(Exception.class, errors::unexpected);

        router.get("/sign-in", signIn::form, Access.PUBLIC);
        router.post("/sign-in", signIn::submit, Access.PUBLIC);
        router.post("/sign-out", signIn::signOut, SIGNED_IN);
        page(router, "/", home::show, SIGNED_IN);
        page(router, Section.ADMIN.path(), admin::accounts, Role.ADMIN);
        router.post("/admin/accounts", admin::createAccount, Role.ADMIN);
        router.get("/admin/audit", admin::audit, Role.ADMIN);

        // Search and documents: researchers search and read with names pseudonymised, but never get originals.
        page(router, Section.SEARCH.path(), search::show, SIGNED_IN);
        router.post("/search/saved", search::save, SIGNED_IN);
        router.post("/search/saved/{id}/delete", search::delete, SIGNED_IN);
        router.get("/documents/{id}", documents::show, SIGNED_IN);
        router.get("/documents/{id}/original", documents::original, Role.ADMIN, Role.INSPECTOR, Role.BOARD);
        router.get("/api/search", search::api, SIGNED_IN);
        router.get("/api/documents/{id}", documents::api, SIGNED_IN);

        router.get("/api/health", api::health, Access.PUBLIC);
        router.get("/api/openapi.json", api::openApi, Access.PUBLIC);
        router.get("/api/me", api::me, SIGNED_IN);
        router.get("/api/reviews", api::history, REVIEWERS);
        router.post("/api/reviews", api::decide, REVIEWERS);

        // Findings, cases, statistics, upload and export.
        page(router, Section.FINDINGS.path(), findings::dashboard, SIGNED_IN);
        router.get("/cases/{findingKey}", cases::show, CASE_READERS);
        router.post("/cases/{findingKey}/decisions", cases::decide, REVIEWERS);
        router.get("/api/findings", findings::list, SIGNED_IN);
        router.get("/api/findings/{key}", findings::one, CASE_READERS);
        router.get("/findings/export.csv", exports::csv, SIGNED_IN);
        router.get("/findings/export.xlsx", exports::xlsx, SIGNED_IN);
        page(router, Section.STATISTICS.path(), statistics::show, SIGNED_IN);
        router.get("/api/stats", statistics::json, SIGNED_IN);
        page(router, Section.UPLOAD.path(), uploads::page, UPLOADERS);
        router.before(uploads::checkUpload);
        router.post(Section.UPLOAD.path(), uploads::submit, UPLOADERS);
        router.post("/api/uploads", uploads::apiSubmit, UPLOADERS);
        router.get("/api/uploads/{job}", uploads::apiStatus, UPLOADERS);
    }

    /** A GET page route; a section's page also puts the section in the navigation of the roles it allows. */
    private void page(JavalinDefaultRouting router, String path, Handler handler, RouteRole... roles) {
        router.get(path, handler, roles);
        navigation.pageRegistered(path, Set.of(roles));
    }
}
