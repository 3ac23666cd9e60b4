package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Hashtable;
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
import org.osgi.framework.ServiceRegistration;

import st.connection.api.ConfigurationProblem;
import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginForm;

/**
 * What a connector receives from a login, through Config Admin and the real services: the seed's
 * semantics of a form's options and fields, seen by a connector that records its parameters.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginFormOptionsIT extends ITestSupport {

    private static final String ALICE = "alice-secret";

    private final RecordingConnector connector = new RecordingConnector(Map.of("loginTimeout", "60", "role", "PUBLIC",
            "account", "default-account"));
    private ServiceRegistration<?> registration;
    private org.osgi.service.cm.Configuration configuration;

    @Configuration
    public Option[] config() {
        return frameworkFor(LoginFormOptionsIT.class);
    }

    @Before
    public void registerConnector() {
        registration = context().registerService(Connector.class, connector,
                new Hashtable<>(Map.of(Connector.NAME, "recording")));
    }

    @After
    public void cleanUp() throws Exception {
        registration.unregister();
        if (configuration != null) {
            configuration.delete();
        }
    }

    private LoginForm configuredForm(Map<String, Object> properties) throws Exception {
        configuration = configure("st.connection.login", properties);
        String name = (String) properties.get("name");
        await("the form " + name + " is offered", () -> connections().loginForm(name).isPresent());
        return connections().loginForm(name).orElseThrow();
    }

    @Test
    public void ttlValidationIntervalAndCacheScopeAmongAConfiguredFormsOptionsSetTheFormAndNeverReachTheConnector()
            throws Exception {
        LoginForm form = configuredForm(Map.of("name", "rec-options", "connector", "recording", "fields",
                "user,password:secret", "options", new String[] {"account=acme", "ttl=60", "validation.interval=0",
                    "cache.scope=session"}));
        assertEquals(60, form.ttlSeconds());
        assertEquals(0, form.validationIntervalMillis());

        connections().user("options").login(form, Map.of("user", "alice", "password", ALICE.toCharArray()));

        assertEquals(Map.of("account", "acme", "user", "alice", "password", ALICE, "loginTimeout", "60", "role", "PUBLIC"),
                connector.last());
    }

    @Test
    public void anApplicationsFormInCodeKeepsTtlFromTheConnectorToo() throws Exception {
        LoginForm declared = new LoginForm("rec-code", "recording", "In code", List.of(FormField.text("user", "")),
                Map.of("ttl", "30", "cache.scope", "session"), 0);
        ServiceRegistration<LoginForm> service = context().registerService(LoginForm.class, declared, null);
        try {
            await("the form in code is offered", () -> connections().loginForm("rec-code").isPresent());
            LoginForm offered = connections().loginForm("rec-code").orElseThrow();
            assertEquals(30, offered.ttlSeconds());
            connections().user("code").login(offered, Map.of("user", "alice"));
            assertFalse(connector.last().containsKey("ttl"));
            assertFalse(connector.last().containsKey("cache.scope"));
        } finally {
            service.unregister();
        }
    }

    @Test
    public void aFormServiceWhoseNameIsNoPlainNameIsNotOfferedAndIsAProblemUntilItGoes() throws Exception {
        ServiceRegistration<LoginForm> service = context().registerService(LoginForm.class, new LoginForm("rec code",
                "recording", "Spaced", List.of(FormField.text("user", "")), Map.of(), 0), null);
        String source = "login form service " + service.getReference().getProperty("service.id") + " of bundle "
                + service.getReference().getBundle().getSymbolicName();
        try {
            await("the problem is reported", () -> connections().configurationProblems().stream()
                    .anyMatch(p -> p.pid().equals(source)));
            assertTrue(connections().loginForm("rec code").isEmpty());
        } finally {
            service.unregister();
        }
        assertTrue("gone with its service", connections().configurationProblems().stream()
                .noneMatch(p -> p.pid().equals(source)));
    }

    @Test
    public void aFormThatSetsTtlTwiceDifferentlyIsAConfigurationProblem() throws Exception {
        configuration = configure("st.connection.login", Map.of("name", "rec-twice", "connector", "recording",
                "fields", "user", "options", "ttl=30", "ttl", "60"));
        String pid = configuration.getPid();
        await("the problem is reported", () -> connections().configurationProblems().stream()
                .anyMatch(p -> p.pid().equals(pid) && p.key().equals("ttl")));
        ConfigurationProblem problem = connections().configurationProblems().stream()
                .filter(p -> p.pid().equals(pid)).findFirst().orElseThrow();
        assertEquals(pid + ": ttl is '60'; expected the same value as ttl=30 in options, or ttl in one place only.",
                problem.message());
        assertTrue("no form is offered", connections().loginForm("rec-twice").isEmpty());
    }

    @Test
    public void emptyFieldsAreLeftOutAndTheConnectorsDefaultsFillOnlyWhatNobodyGave() throws Exception {
        LoginForm form = configuredForm(Map.of("name", "rec-blank", "connector", "recording", "fields",
                "user,password:secret,role,loginTimeout,warehouse=PROJECT_WH,schema"));

        connections().user("blank").login(form, Map.of("user", "alice", "password", ALICE.toCharArray(), "role", "",
                "loginTimeout", "5", "schema", ""));

        assertEquals("role left empty: the connector's default; schema left empty: left out; warehouse not sent: "
                + "its default", Map.of("user", "alice", "password", ALICE, "role", "PUBLIC", "loginTimeout", "5",
                        "warehouse", "PROJECT_WH", "account", "default-account"), connector.last());
    }

    @Test
    public void theFormsFixedOptionsWinOverWhatAPersonTyped() throws Exception {
        LoginForm form = configuredForm(Map.of("name", "rec-fixed", "connector", "recording", "fields",
                "user,account", "options", "account=acme"));

        connections().user("fixed").login(form, Map.of("user", "alice", "account", "elsewhere"));

        assertEquals(Map.of("user", "alice", "account", "acme", "loginTimeout", "60", "role", "PUBLIC"), connector.last());
    }
}
