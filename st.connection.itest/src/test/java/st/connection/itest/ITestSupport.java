package st.connection.itest;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemPackage;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.ServiceTracker;

import st.connection.api.ConnectionService;
import st.connection.api.ManagedConnection;

/**
 * What every integration test needs: the framework setup (our bundles from target/bundles, SLF4J
 * writing to a log file per test class) and helpers that talk to services and H2 for real.
 */
public abstract class ITestSupport {

    static final String ADMIN_PASSWORD = "sa-itest-secret";
    static final String ALICE_PASSWORD = "alice-itest-secret";
    static final long TIMEOUT_MILLIS = 10_000;
    static final long WEB_START_TIMEOUT_MILLIS = 60_000;

    /** The framework for one test class: our bundles and their runtime, nothing else. */
    static Option[] frameworkFor(Class<?> testClass) {
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        String logs = System.getProperty("logs.dir", "target/logs");
        LogCapture.routeInto(Path.of(logs, testClass.getSimpleName() + ".log"));
        return options(
                cleanCaches(),
                frameworkProperty("org.osgi.framework.storage").value(
                        "target/" + System.getProperty("itest.framework", "framework") + "-" + testClass.getSimpleName()),
                // Both SLF4J simple loggers (1.7 for our bundles, 2 for Jetty) write to standard error,
                // which LogCapture sends to the test class's log file, with java.util.logging.
                systemProperty("org.slf4j.simpleLogger.logFile").value("System.err"),
                // The standard error of the logger's start, so that Gogo, which hands each command's
                // thread a standard error of its own, does not take a command's log lines for its output.
                systemProperty("org.slf4j.simpleLogger.cacheOutputStream").value("true"),
                systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("debug"),
                systemProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty").value("info"),
                systemProperty("org.slf4j.simpleLogger.showDateTime").value("true"),
                // The OSGi Log Service keeps every entry, debug ones too, for LogCapture to read.
                frameworkProperty("org.apache.felix.log.maxSize").value("-1"),
                frameworkProperty("org.apache.felix.log.storeDebug").value("true"),
                // On Equinox the framework's own Log Service is the one bundles get: it keeps a history
                // only when told how long, and from INFO up here (Felix Log keeps no Config Admin debug
                // entries either, which print configurations whole).
                frameworkProperty("equinox.log.history.max").value(String.valueOf(Integer.MAX_VALUE)),
                frameworkProperty("org.osgi.service.log.admin.loglevel").value("INFO"),
                bundle("file:" + bundles + "/slf4j-simple.jar").noStart(),
                bundle("file:" + bundles + "/slf4j-api.jar"),
                bundle("file:" + bundles + "/org.osgi.util.function.jar"),
                bundle("file:" + bundles + "/org.osgi.util.promise.jar"),
                bundle("file:" + bundles + "/org.osgi.service.component.jar"),
                bundle("file:" + bundles + "/org.apache.felix.scr.jar"),
                bundle("file:" + bundles + "/org.apache.felix.configadmin.jar"),
                bundle("file:" + bundles + "/org.apache.felix.log.jar"),
                bundle("file:" + bundles + "/org.apache.felix.metatype.jar"),
                bundle("file:" + bundles + "/org.osgi.service.jdbc.jar"),
                bundle("file:" + bundles + "/h2.jar"),
                bundle("file:" + bundles + "/st.connection.api.jar"),
                bundle("file:" + bundles + "/st.connection.testing.jar"),
                bundle("file:" + bundles + "/st.connection.core.jar"),
                bundle("file:" + bundles + "/st.connection.cache.jdbc.jar"),
                bundle("file:" + bundles + "/st.connection.cache.h2.jar"),
                bundle("file:" + bundles + "/st.connection.jdbc.jar"),
                junitFromTheBuild(bundles));
    }

    /**
     * What Pax Exam's {@code junitBundles()} installs (JUnit, Hamcrest and Pax Exam's JUnit invoker),
     * from the copies Maven put into target/bundles: {@code junitBundles()} would fetch them from a
     * Maven repository while the tests run, outside the build.
     */
    private static Option junitFromTheBuild(String bundles) {
        return composite(
                systemProperty("pax.exam.invoker").value("junit"),
                bundle("file:" + bundles + "/org.ops4j.pax.tipi.hamcrest.core.jar"),
                bundle("file:" + bundles + "/org.ops4j.pax.tipi.junit.jar"),
                bundle("file:" + bundles + "/pax-exam-invoker-junit.jar"));
    }

    /** The framework plus the Snowflake connector (the driver embedded) and the emulator with Jackson. */
    static Option[] snowflakeFrameworkFor(Class<?> testClass) {
        return options(composite(frameworkFor(testClass)), snowflakeBundles());
    }

    /** The framework set up for {@link #startWebBundles()}, with the Snowflake connector and the emulator. */
    static Option[] webSnowflakeFrameworkFor(Class<?> testClass) {
        return options(composite(webFrameworkFor(testClass)), snowflakeBundles());
    }

    private static Option snowflakeBundles() {
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        return composite(
                systemPackage("com.sun.net.httpserver"),
                bundle("file:" + bundles + "/jackson-core.jar"),
                bundle("file:" + bundles + "/jackson-annotations.jar"),
                bundle("file:" + bundles + "/jackson-databind.jar"),
                bundle("file:" + bundles + "/st.connection.snowflake.emulator.jar"),
                bundle("file:" + bundles + "/st.connection.snowflake.jar"));
    }

    /**
     * Offers the {@code jdbc} connector's default login form (URL, user, password), or withdraws it.
     * Waits until the forms say so.
     */
    static void offerJdbcDefaultForm(boolean offered) throws IOException, InterruptedException {
        service(ConfigurationAdmin.class).getConfiguration("st.connection.jdbc", "?")
                .update(new Hashtable<>(Map.of("default.form", offered)));
        await("the jdbc default form is " + (offered ? "offered" : "withdrawn"),
                () -> connections().loginForm("jdbc").isPresent() == offered);
    }

    /**
     * Lets many failed logins through from this machine, for tests whose subject is not the login
     * throttle: every test logs in from 127.0.0.1. Call it before {@link #startWebBundles()}, so that
     * the throttle starts with it.
     */
    static void allowManyFailedLogins() throws IOException {
        Configuration throttle = service(ConfigurationAdmin.class).getConfiguration("st.connection.login.throttle", "?");
        if (throttle.getProperties() == null) {
            throttle.update(new Hashtable<>(Map.of("user.failures", 1_000_000, "address.failures", 1_000_000)));
        }
    }

    /** Jetty, the Web Console, Gogo, the UI bundle and the shell commands, in start order; see {@link #startWebBundles()}. */
    private static final String[] WEB_BUNDLES = {"slf4j2-api", "org.apache.felix.eventadmin",
        "org.apache.felix.http.servlet-api", "org.apache.felix.http.jetty12", "commons-io", "commons-fileupload",
        "encoder", "org.apache.felix.inventory", "org.apache.felix.webconsole", "org.apache.felix.gogo.runtime",
        "org.apache.felix.gogo.command", "st.connection.ui", "st.connection.commands"};

    /**
     * The framework set up for {@link #startWebBundles()}: Jetty's port is chosen here, before the
     * framework starts, and handed to the tests as {@code itest.http.port}.
     */
    static Option[] webFrameworkFor(Class<?> testClass) {
        String port = String.valueOf(freePort());
        return options(
                composite(frameworkFor(testClass)),
                frameworkProperty("org.osgi.service.http.port").value(port),
                frameworkProperty("org.osgi.service.http.host").value("127.0.0.1"),
                frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"),
                systemProperty("itest.http.port").value(port),
                frameworkProperty("org.osgi.framework.system.capabilities.extra").value(
                        "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0,"
                                + "osgi.serviceloader;osgi.serviceloader=org.slf4j.spi.SLF4JServiceProvider"));
    }

    /**
     * Installs and starts the web bundles once per framework. Jetty 12 needs the SLF4J 2 API, which
     * finds its provider, SLF4J 2's simple logger, in a fragment attached to it (its ServiceLoader
     * mediator is declared, not installed): see {@link Slf4j2SimpleFragment}. Installing them only
     * now, after the SLF4J 1.7 API and its simple logger are resolved, and resolving them in one go,
     * keeps every other bundle on 1.7: Felix prefers resolved exporters, and an installed SLF4J 2
     * would otherwise win the simple logger's {@code Require-Bundle}.
     */
    static synchronized void startWebBundles() throws BundleException, InterruptedException {
        if (Arrays.stream(context().getBundles()).anyMatch(b -> "st.connection.ui".equals(b.getSymbolicName()))) {
            return;
        }
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        List<Bundle> installed = new ArrayList<>();
        installed.add(context().installBundle("file:" + Slf4j2SimpleFragment.in(Path.of(bundles))));
        for (String name : WEB_BUNDLES) {
            installed.add(context().installBundle("file:" + bundles + "/" + name + ".jar"));
        }
        context().getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start();
            }
        }
        awaitServed("/login");
        awaitServed("/system/console/connections");
    }

    /** Gogo and the shell commands, without the web stack; see {@link #startShellBundles()}. */
    private static final String[] SHELL_BUNDLES = {"org.apache.felix.gogo.runtime", "org.apache.felix.gogo.command",
        "st.connection.commands"};

    /**
     * Installs and starts Gogo and the {@code conn:*} commands once per framework, as a shell-only
     * host (Karaf, a Felix without HTTP) has them: no servlet API, no Web Console, no UI bundle.
     */
    static synchronized void startShellBundles() throws BundleException {
        if (Arrays.stream(context().getBundles()).anyMatch(b -> "st.connection.commands".equals(b.getSymbolicName()))) {
            return;
        }
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        List<Bundle> installed = new ArrayList<>();
        for (String name : SHELL_BUNDLES) {
            installed.add(context().installBundle("file:" + bundles + "/" + name + ".jar"));
        }
        context().getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
            bundle.start();
        }
    }

    /** The health check bundles, the console's Components page and the operations bundle; see {@link #startOperationsBundles()}. */
    private static final String[] OPERATIONS_BUNDLES = {"org.apache.felix.healthcheck.api",
        "org.apache.felix.healthcheck.core", "org.apache.felix.healthcheck.webconsoleplugin",
        "org.apache.felix.webconsole.plugins.ds", "st.connection.operations"};

    /** The health check servlet's path, as the launcher configures it. */
    static final String HEALTH_PATH = "/system/health";

    /**
     * Starts the web bundles, then the operations bundle with Felix Health Checks (the servlet on
     * {@value #HEALTH_PATH}) and the console's Components page, once per framework.
     */
    static synchronized void startOperationsBundles() throws Exception {
        startWebBundles();
        if (Arrays.stream(context().getBundles()).anyMatch(b -> "st.connection.operations".equals(b.getSymbolicName()))) {
            return;
        }
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        List<Bundle> installed = new ArrayList<>();
        for (String name : OPERATIONS_BUNDLES) {
            installed.add(context().installBundle("file:" + bundles + "/" + name + ".jar"));
        }
        context().getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
            bundle.start();
        }
        service(ConfigurationAdmin.class).createFactoryConfiguration(
                "org.apache.felix.hc.core.impl.servlet.HealthCheckExecutorServlet", "?")
                .update(new Hashtable<>(Map.of("servletPath", HEALTH_PATH)));
        awaitServed(HEALTH_PATH);
    }

    /**
     * The web framework with the Config Admin interpolation plugin, reading secrets from a
     * directory of the test class's own (created here), as the launcher sets it up.
     */
    static Option[] secretsFrameworkFor(Class<?> testClass) {
        String bundles = System.getProperty("bundles.dir", "target/bundles");
        File secrets = secretsDirectory(testClass);
        secrets.mkdirs();
        return options(
                composite(webFrameworkFor(testClass)),
                frameworkProperty("org.apache.felix.configadmin.plugin.interpolation.secretsdir")
                        .value(secrets.getAbsolutePath()),
                frameworkProperty("felix.cm.config.plugins").value("org.apache.felix.configadmin.plugin.interpolation"),
                bundle("file:" + bundles + "/org.osgi.util.converter.jar"),
                bundle("file:" + bundles + "/org.apache.felix.configadmin.plugin.interpolation.jar"));
    }

    /** @return the directory {@link #secretsFrameworkFor} reads {@code $[secret:name]} from */
    static File secretsDirectory(Class<?> testClass) {
        return new File("target/secrets-" + testClass.getSimpleName()).getAbsoluteFile();
    }

    /** Waits, longer than for other conditions since Jetty starts slowly on a busy machine, until a path answers. */
    private static void awaitServed(String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WEB_START_TIMEOUT_MILLIS;
        while (!isServed(path)) {
            if (System.currentTimeMillis() > deadline) {
                fail(path + " was not served within " + WEB_START_TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(50);
        }
    }

    /** @return whether the path got an answer other than 404 (not registered yet) or a server error */
    private static boolean isServed(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:"
                    + System.getProperty("itest.http.port") + path).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                int status = connection.getResponseCode();
                return status != HttpURLConnection.HTTP_NOT_FOUND && status < 500;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(ITestSupport.class).getBundleContext();
    }

    static <S> S service(Class<S> type) {
        return service(type, null);
    }

    /** Waits for a service (optionally matching an LDAP filter) and returns it; fails after the timeout. */
    static <S> S service(Class<S> type, String filter) {
        try {
            String full = "(objectClass=" + type.getName() + ")";
            if (filter != null) {
                full = "(&" + full + filter + ")";
            }
            ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), context().createFilter(full), null);
            tracker.open();
            S service = tracker.waitForService(TIMEOUT_MILLIS);
            if (service == null) {
                fail("No " + type.getSimpleName() + " service " + (filter == null ? "" : filter) + " within "
                        + TIMEOUT_MILLIS + " ms");
            }
            return service;
        } catch (InvalidSyntaxException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static boolean hasService(Class<?> type, String filter) throws InvalidSyntaxException {
        ServiceReference<?>[] references = context().getServiceReferences(type.getName(), filter);
        return references != null && references.length > 0;
    }

    static ConnectionService connections() {
        return service(ConnectionService.class);
    }

    static Bundle installedBundle(String symbolicName) {
        for (Bundle bundle : context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("No bundle " + symbolicName);
    }

    /** Creates a factory configuration and returns it (delete it to remove). */
    static Configuration configure(String factoryPid, Map<String, ?> properties) throws IOException {
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        Configuration configuration = admin.createFactoryConfiguration(factoryPid, "?");
        Dictionary<String, Object> dictionary = new Hashtable<>(properties);
        configuration.update(dictionary);
        return configuration;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A connection straight through H2's driver, bypassing st.connection, to watch and kill sessions. */
    static Connection observer(String url) throws SQLException {
        Driver driver = service(DataSourceFactory.class).createDriver(null);
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", ADMIN_PASSWORD);
        return driver.connect(url, properties);
    }

    /** Creates an in-memory database owned by sa, with user ALICE allowed to read table ITEMS. */
    static Connection createDatabase(String url) throws SQLException {
        Connection observer = observer(url);
        try (Statement statement = observer.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS ITEMS(ID INT PRIMARY KEY, NAME VARCHAR(50))");
            statement.execute("MERGE INTO ITEMS VALUES (1, 'one'), (2, 'two'), (3, 'three')");
            statement.execute("CREATE USER IF NOT EXISTS ALICE PASSWORD '" + ALICE_PASSWORD + "'");
            statement.execute("GRANT SELECT ON ITEMS TO ALICE");
        }
        return observer;
    }

    /** @return how many sessions H2 has open on the observer's database, the observer's own included */
    static int sessionCount(Connection observer) throws SQLException {
        return queryInt(observer, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS");
    }

    static int sessionId(Connection connection) throws SQLException {
        return queryInt(connection, "SELECT SESSION_ID()");
    }

    /** Closes another session on the server side, as a database administrator would. */
    static void killSession(Connection observer, int sessionId) throws SQLException {
        try (Statement statement = observer.createStatement()) {
            statement.execute("CALL ABORT_SESSION(" + sessionId + ")");
        }
    }

    static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(sql + " returned no row", rows.next());
            return rows.getInt(1);
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(sql + " returned no row", rows.next());
            return rows.getString(1);
        }
    }

    /** Counts executions per statement text in H2 (database-wide); needs an administrator connection. */
    static void countExecutions(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement()) {
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    /**
     * @return how often H2 executed exactly this statement text since counting started. The query's
     *     own text differs each time: H2 reuses the last result of an identical query on its meta tables.
     */
    static int executions(Connection observer, String sql) throws SQLException {
        try (java.sql.PreparedStatement statement = observer.prepareStatement("SELECT /* " + System.nanoTime()
                + " */ COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT = ?")) {
            statement.setString(1, sql);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** @return the test class's log file: SLF4J, Jetty, java.util.logging and standard error (see {@link LogCapture}) */
    static String logOf(Class<?> testClass) {
        return LogCapture.of(testClass).text();
    }

    /** Fails if any log sink of this framework has one of the secrets, or a sink that must have logged is empty. */
    static void assertNotLogged(Class<?> testClass, String... secrets) {
        LogCapture.of(testClass).assertNoneContains(secrets);
    }

    /** @return the number of live threads whose name starts with the prefix */
    static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith(prefix))
                .count();
    }

    @SuppressWarnings("unchecked")
    static ManagedConnection<Connection> jdbc(ManagedConnection<?> connection) {
        return (ManagedConnection<Connection>) connection;
    }
}
