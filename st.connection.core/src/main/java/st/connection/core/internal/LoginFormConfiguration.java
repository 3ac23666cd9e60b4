package st.connection.core.internal;

import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;

/** One {@code st.connection.login} configuration: adds its form to {@link LoginForms}, or reports why not. */
@Component(configurationPid = LoginFormConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {})
@Designate(ocd = LoginFormConfig.class, factory = true)
public class LoginFormConfiguration {

    static final String PID = "st.connection.login";

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
        if (form != null && !forms.add(pid, form)) {
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
