package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import st.connection.api.ManagedConnection;

/**
 * The conn:* commands through a real Gogo session, as a shell user types them, in a framework
 * without the web stack (no servlet API, Web Console or UI bundle).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectionCommandsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:commands;DB_CLOSE_DELAY=-1";
    private static boolean configured;

    private Connection observer;
    private GogoShell shell;

    @Configuration
    public Option[] config() {
        return frameworkFor(ConnectionCommandsIT.class);
    }

    @Before
    public void openSession() throws Exception {
        startShellBundles();
        observer = createDatabase(URL);
        if (!configured) {
            configured = true;
            configure("st.connection.singleton", Map.of("name", "cmd", "connector", "jdbc", "url", URL, "user", "sa",
                    "password", ADMIN_PASSWORD, "ttl", "30", "cache.scope", "shared"));
            configure("st.connection.singleton", Map.of("name", "cmd-broken", "connector", "jdbc", "url", URL,
                    "validation.interval", "soon"));
        }
        service(ManagedConnection.class, "(st.connection.name=cmd)");
        shell = new GogoShell();
    }

    @After
    public void closeSession() throws SQLException {
        shell.close();
        observer.close();
    }

    /** @return what the command printed on standard output; fails if it printed an error */
    private String run(String command) throws Exception {
        String printed = runAllowingErrors(command);
        assertEquals(command + " printed an error", "", error());
        return printed;
    }

    private String runAllowingErrors(String command) throws Exception {
        String returned = shell.execute(command);
        return shell.output() + returned;
    }

    private String error() {
        return shell.error();
    }

    @Test
    public void connectorsAreListedAsAnAlignedTable() throws Exception {
        String[] lines = run("conn:connectors").split("\n");
        assertTrue(lines[0], lines[0].matches("NAME +TYPE +BUNDLE +VERSION +STATE"));
        assertTrue(lines[1].matches("-+ +-+ +-+ +-+ +-+"));
        assertTrue(lines[2], lines[2].matches("jdbc +java\\.sql\\.Connection +st\\.connection\\.jdbc +\\S+ +active"));
        assertEquals("columns line up", lines[0].indexOf("TYPE"), lines[2].indexOf("java.sql.Connection"));
    }

    @Test
    public void listShowsSharedConnectionsAndConfigurationProblemsWithoutSecrets() throws Exception {
        jdbcNamed("cmd").get();
        String listed = run("conn:list");
        assertTrue(listed, listed.matches("(?s)NAME +CONNECTOR +STATE +OPENED +CHECKED +REOPENS +LAST ERROR\n.*"
                + "\ncmd +jdbc +OPEN +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*"));
        assertTrue(listed, listed.contains("Configuration problems:"));
        assertTrue(listed, listed.matches("(?s).*st\\.connection\\.singleton\\S+ +validation\\.interval +soon +a whole "
                + "number of milliseconds, 0 or more.*"));
        assertFalse(listed.contains(ADMIN_PASSWORD));
    }

    @Test
    public void reopenReplacesTheConnectionAndSaysSo() throws Exception {
        int before = sessionId(jdbcNamed("cmd").get());
        String reopened = run("conn:reopen cmd");
        assertTrue(reopened, reopened.matches("Reopened 'cmd': OPEN since .*, reopened \\d+ times\\.\n"));
        assertTrue(before != sessionId(jdbcNamed("cmd").get()));

        assertEquals("", runAllowingErrors("conn:reopen nope"));
        assertEquals("There is no shared connection named 'nope'.\n", error());
    }

    @Test
    public void queryPrintsRowsUpToTheLimitAndErrorsInOneLine() throws Exception {
        String two = run("conn:query -n 2 cmd \"SELECT ID, NAME FROM ITEMS ORDER BY ID\"");
        assertEquals("ID  NAME\n--  ----\n1   one\n2   two\n(first 2 rows; there are more, see --limit)\n", two);
        String all = run("conn:query cmd \"SELECT NAME FROM ITEMS WHERE ID = 3\"");
        assertEquals("NAME\n-----\nthree\n(1 rows)\n", all);

        runAllowingErrors("conn:query cmd \"SELECT * FROM NO_SUCH_TABLE\"");
        assertTrue(error(), error().startsWith("The query failed: Table \"NO_SUCH_TABLE\" not found"));
        assertEquals("one line, no stack trace", 1, error().lines().count());
        runAllowingErrors("conn:query nope \"SELECT 1\"");
        assertEquals("There is no shared connection named 'nope'; conn:list shows them.\n", error());
    }

    @Test
    public void cacheShowsStatisticsAndClearsOneConnection() throws Exception {
        run("conn:query cmd \"SELECT COUNT(*) FROM ITEMS\"");
        run("conn:query cmd \"SELECT COUNT(*) FROM ITEMS\"");
        String statistics = run("conn:cache");
        assertTrue(statistics, statistics.matches("(?s)CONNECTION +SCOPE +HITS +MISSES +HIT RATIO +ENTRIES +BYTES +EVICTIONS "
                + "+EXPIRATIONS\n.*\ncmd +shared +1 +1 +50% +1 +\\d+ +0 +0\n.*"));
        assertEquals("Cleared the cached results of 'cmd'.\n", run("conn:cache clear cmd"));
        assertTrue(run("conn:cache").matches("(?s).*\ncmd +shared +1 +1 +50% +0 +0 .*"));
        runAllowingErrors("conn:cache drop cmd");
        assertEquals("Unknown cache action 'drop'; use: conn:cache clear NAME\n", error());
    }

    @Test
    public void aWriteThroughConnQueryClearsWhatWasCached() throws Exception {
        String count = "conn:query cmd \"SELECT COUNT(*) AS N FROM ITEMS WHERE ID > 0\"";
        assertTrue(run(count).contains("\n3"));
        assertTrue(run(count).contains("\n3"));
        try {
            run("conn:query cmd \"INSERT INTO ITEMS VALUES (9, 'nine')\"");
            assertTrue("the write is read back at once", run(count).contains("\n4"));
        } finally {
            run("conn:query cmd \"DELETE FROM ITEMS WHERE ID = 9\"");
        }
        assertTrue(run(count).contains("\n3"));
    }

    @Test
    public void theCommandsNeedNoWebStack() {
        List<String> names = Arrays.stream(context().getBundles()).map(Bundle::getSymbolicName).toList();
        assertTrue(names.toString(), names.contains("st.connection.commands"));
        assertFalse(names.toString(), names.stream().anyMatch(name -> name.equals("st.connection.ui")
                || name.contains("servlet") || name.contains("webconsole") || name.contains("jetty")));
        assertEquals(Bundle.ACTIVE, bundleNamed("st.connection.commands").getState());
    }

    @Test
    public void everyCommandHasHelp() throws Exception {
        String help = run("help conn:query");
        assertTrue(help, help.contains("runs SQL on a shared JDBC connection and shows the rows"));
        assertTrue(help, help.contains("show at most this many rows"));
        for (String command : new String[] {"connectors", "list", "reopen", "cache"}) {
            assertFalse(command, run("help conn:" + command).isBlank());
        }
    }

    private static Bundle bundleNamed(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }

    private static ManagedConnection<Connection> jdbcNamed(String name) {
        return jdbc(connections().singletons().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }
}
