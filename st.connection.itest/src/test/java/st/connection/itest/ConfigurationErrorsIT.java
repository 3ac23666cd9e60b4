package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ManagedConnection;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationErrorsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:config;DB_CLOSE_DELAY=-1";

    @Configuration
    public Option[] config() {
        return frameworkFor(ConfigurationErrorsIT.class);
    }

    private static Map<String, Object> singleton(String name, Object... extra) {
        Map<String, Object> properties = new HashMap<>(Map.of("name", name, "connector", "jdbc", "url", URL,
                "user", "sa", "password", ADMIN_PASSWORD));
        for (int i = 0; i < extra.length; i += 2) {
            properties.put((String) extra[i], extra[i + 1]);
        }
        return properties;
    }

    /** Applies a configuration and returns the one problem reported for the key. */
    private static ConfigurationProblem problemFor(String factoryPid, Map<String, Object> properties, String key)
            throws Exception {
        String pid = configure(factoryPid, properties).getPid();
        await("a problem with " + key + " is reported for " + pid, () -> find(pid, key).isPresent());
        return find(pid, key).orElseThrow();
    }

    private static Optional<ConfigurationProblem> find(String pid, String key) {
        return connections().configurationProblems().stream()
                .filter(p -> p.pid().equals(pid) && p.key().equals(key)).findFirst();
    }

    private static void assertNoSharedConnection(String name) throws Exception {
        assertFalse(hasService(ManagedConnection.class, "(st.connection.name=" + name + ")"));
        assertTrue(connections().singletons().stream().noneMatch(c -> c.name().equals(name)));
    }

    private static void assertNoSharedConnectionService(String name) throws Exception {
        assertFalse(hasService(ManagedConnection.class, "(st.connection.name=" + name + ")"));
    }

    @Test
    public void negativeTtlIsRejectedWithKeyAndExpectedForm() throws Exception {
        ConfigurationProblem problem = problemFor("st.connection.singleton", singleton("neg-ttl", "ttl", "-3"), "ttl");
        assertEquals("-3", problem.value());
        assertEquals("a whole number of seconds, 0 or more", problem.expected());
        assertTrue(problem.message(), problem.message().startsWith(problem.pid() + ": ttl is '-3'; expected"));
        assertNoSharedConnection("neg-ttl");
        assertTrue("the log names the PID and key", logOf(ConfigurationErrorsIT.class)
                .contains("Configuration problem: " + problem.message()));
    }

    @Test
    public void nonNumericValuesAreRejected() throws Exception {
        assertEquals("abc", problemFor("st.connection.singleton", singleton("abc-ttl", "ttl", "abc"), "ttl").value());
        ConfigurationProblem interval = problemFor("st.connection.singleton",
                singleton("abc-interval", "validation.interval", "abc"), "validation.interval");
        assertEquals("a whole number of milliseconds, 0 or more", interval.expected());
        assertNoSharedConnection("abc-interval");
    }

    @Test
    public void missingConnectorIsRejected() throws Exception {
        Map<String, Object> properties = singleton("no-connector");
        properties.remove("connector");
        ConfigurationProblem problem = problemFor("st.connection.singleton", properties, "connector");
        assertNull(problem.value());
        assertTrue(problem.message(), problem.message().contains("connector is missing"));
    }

    @Test
    public void unknownConnectorIsReportedAsWaiting() throws Exception {
        ConfigurationProblem problem = problemFor("st.connection.singleton",
                singleton("unknown", "connector", "oracle"), "connector");
        assertEquals("oracle", problem.value());
        assertEquals("an installed connector; waiting for it (installed: jdbc)", problem.expected());
        assertNoSharedConnectionService("unknown");
    }

    @Test
    public void unknownCacheScopeIsRejected() throws Exception {
        ConfigurationProblem problem = problemFor("st.connection.singleton",
                singleton("bad-scope", "cache.scope", "everyone"), "cache.scope");
        assertEquals("one of session, shared", problem.expected());
    }

    @Test
    public void duplicateNamesAreRejectedUntilTheFirstIsDeletedThenTheSecondTakesOver() throws Exception {
        org.osgi.service.cm.Configuration first = configure("st.connection.singleton", singleton("twice"));
        service(ManagedConnection.class, "(st.connection.name=twice)");
        Object firstId = context().getServiceReferences(ManagedConnection.class.getName(), "(st.connection.name=twice)")[0]
                .getProperty("service.id");
        Map<String, Object> other = singleton("twice", "validation.interval", "1234");
        ConfigurationProblem problem = problemFor("st.connection.singleton", other, "name");
        assertEquals("a name no other shared connection uses", problem.expected());

        first.delete();
        await("the second configuration's connection is registered",
                () -> isRegistered("(&(st.connection.name=twice)(!(service.id=" + firstId + ")))"));
        await("its problem is gone", () -> find(problem.pid(), "name").isEmpty());
        ManagedConnection<?> survivor = service(ManagedConnection.class, "(st.connection.name=twice)");
        assertTrue(jdbc(survivor).get().isValid(2));
    }

    @Test
    public void aLoginFormWhoseNameIsTakenIsOfferedOnceTheFirstIsDeleted() throws Exception {
        org.osgi.service.cm.Configuration first = configure("st.connection.login", Map.of("name", "form-twice",
                "connector", "jdbc", "title", "First", "fields", "user,password:secret"));
        await("the first form is offered", () -> connections().loginForm("form-twice").isPresent());
        ConfigurationProblem problem = problemFor("st.connection.login", Map.of("name", "form-twice",
                "connector", "jdbc", "title", "Second", "fields", "user,password:secret"), "name");
        assertEquals("a name no other login form uses", problem.expected());

        first.delete();
        await("the second form is offered", () -> connections().loginForm("form-twice")
                .map(f -> f.title().equals("Second")).orElse(false));
        await("its problem is gone", () -> find(problem.pid(), "name").isEmpty());
    }

    private static boolean isRegistered(String filter) {
        try {
            return hasService(ManagedConnection.class, filter);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void malformedLoginFormsAreRejected() throws Exception {
        ConfigurationProblem fields = problemFor("st.connection.login", Map.of("name", "bad-form", "connector", "jdbc",
                "fields", new String[] {"user", "pass word:secret"}), "fields");
        assertEquals("pass word:secret", fields.value());
        ConfigurationProblem ttl = problemFor("st.connection.login", Map.of("name", "bad-ttl", "connector", "jdbc",
                "fields", "user,password:secret", "ttl", "-1"), "ttl");
        assertEquals("-1", ttl.value());
        assertFalse(connections().loginForm("bad-form").isPresent());
        assertFalse(connections().loginForm("bad-ttl").isPresent());
    }

    @Test
    public void passwordsNeverAppearInProblems() throws Exception {
        problemFor("st.connection.singleton", singleton("secret-check", "ttl", "x"), "ttl");
        List<ConfigurationProblem> problems = connections().configurationProblems();
        assertTrue(problems.stream().noneMatch(p -> p.message().contains(ADMIN_PASSWORD)));
        assertNotLogged(ConfigurationErrorsIT.class, ADMIN_PASSWORD);
    }

    @Test
    public void correctingAConfigurationClearsItsProblem() throws Exception {
        org.osgi.service.cm.Configuration configuration = configure("st.connection.singleton",
                singleton("corrected", "ttl", "-1"));
        await("the problem is reported", () -> find(configuration.getPid(), "ttl").isPresent());
        configuration.update(new java.util.Hashtable<>(singleton("corrected", "ttl", "30")));
        service(ManagedConnection.class, "(st.connection.name=corrected)");
        assertFalse(find(configuration.getPid(), "ttl").isPresent());
    }
}
