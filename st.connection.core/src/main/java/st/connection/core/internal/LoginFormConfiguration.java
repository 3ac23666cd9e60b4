package st.connection.core.internal;

import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * One {@code st.connection.login} configuration: adds its form to {@link LoginForms}, or reports
 * why not. A form whose name another configuration holds waits, and is offered once that one is
 * deleted. An application's {@code LoginForm} service of the same name is replaced while it is configured.
 */
@Component(configurationPid = LoginFormConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {})
@Designate(ocd = LoginFormConfiguration.Config.class, factory = true)
public class LoginFormConfiguration {

    static final String PID = "st.connection.login";

    /** The keys of {@code st.connection.login}. */
    @ObjectClassDefinition(id = PID, name = "st.connection login form",
            description = "A login form through which each person opens their own connection with their own "
                    + "credentials.")
    public @interface Config {

        @AttributeDefinition(name = "Name", description = "Unique form name of letters, digits, '.', '-' and '_'.")
        String name();

        @AttributeDefinition(name = "Connector", description = "Name of the connector that opens the connection, "
                + "e.g. jdbc or snowflake.")
        String connector();

        @AttributeDefinition(name = "Title", description = "Heading shown above the form; the name if empty.",
                required = false)
        String title();

        @AttributeDefinition(name = "Description", description = "One sentence shown under the title that says whom "
                + "the form is for, e.g. 'For the reports application: your warehouse user and password.'",
                required = false)
        String description();

        @AttributeDefinition(name = "Fields", description = "Fields asked for, in order: 'user', 'password:secret' "
                + "(masked, never pre-filled), 'database=PROJECT_DB' (with a default).")
        String[] fields();

        @AttributeDefinition(name = "Options", description = "Fixed connect parameters added to what the person "
                + "enters, as key=value, e.g. account=XXX. People cannot override them. ttl=SECONDS, "
                + "validation.interval=MS and cache.scope=session among them set the form's own keys and never reach "
                + "the connector. Not secret: the Configuration Status lists them; a password belongs in a field or a "
                + "shared connection.", required = false)
        String[] options();

        @AttributeDefinition(name = "Cache TTL (seconds)", description = "Each person's identical reads are answered "
                + "from the cache for this many seconds; 0 means no caching.", min = "0")
        long ttl() default 0;

        @AttributeDefinition(name = "Validation interval (ms)", description = "A person's connection found alive is "
                + "trusted this long before it is checked again; 0 checks on every get().", min = "0")
        long validation_interval() default LoginForm.DEFAULT_VALIDATION_INTERVAL_MILLIS;

        @AttributeDefinition(name = "Name hint", description = "How the console lists these configurations.")
        String webconsole_configurationFactory_nameHint() default "{name} ({connector})";
    }

    private final LoginForms forms;
    private final ConfigurationProblems problems;
    private final String pid;

    @Activate
    public LoginFormConfiguration(Map<String, Object> properties, @Reference LoginForms forms,
            @Reference ConfigurationProblems problems) {
        this.forms = forms;
        this.problems = problems;
        this.pid = String.valueOf(properties.getOrDefault(Constants.SERVICE_PID, PID));
        ConfigurationReader reader = new ConfigurationReader(pid, properties);
        LoginForm form = LoginFormSettings.read(reader);
        if (form != null && !forms.add(pid, form, () -> problems.clear(pid))) {
            reader.reject("name", form.name(), "a name no other login form uses");
        }
        problems.report(reader.problems());
    }

    @Deactivate
    void deactivate() {
        forms.remove(pid);
        problems.clear(pid);
    }
}
