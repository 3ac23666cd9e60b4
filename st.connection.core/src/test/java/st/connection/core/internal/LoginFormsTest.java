package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigurationProblems;

/** Where a form of a name comes from: configuration, an application's service, a connector's default. */
class LoginFormsTest {

    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final ConfigurationProblems problems = new ConfigurationProblems();
    private final LoginForms forms = new LoginForms(registry, problems);

    LoginFormsTest() {
        FakeConnector connector = new FakeConnector() {
            @Override
            public List<FormField> defaultFormFields() {
                return List.of(FormField.text("user", ""));
            }
        };
        registry.bindConnector(new FakeServiceReference<>(Map.of(Connector.NAME, "fake")), connector);
    }

    private static LoginForm form(String name, String title) {
        return new LoginForm(name, "fake", title, List.of(FormField.text("user", "")), Map.of(), 0);
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<LoginForm> reference(int ranking) {
        return (ServiceReference<LoginForm>) (ServiceReference<?>) new FakeServiceReference<>(
                Map.of(Constants.SERVICE_RANKING, ranking));
    }

    @Test
    void anApplicationsFormIsOfferedWhileItsServiceIsThereAndItsWithdrawalIsHeard() {
        List<LoginForm> withdrawn = new ArrayList<>();
        forms.addWithdrawalListener(withdrawn::add);
        ServiceReference<LoginForm> reference = reference(0);
        LoginForm orders = form("orders", "Orders");

        forms.addDeclared(reference, orders);
        assertThat(forms.all()).extracting(LoginForm::name).containsExactly("orders", "fake");
        assertThat(forms.find("orders")).contains(orders);

        forms.removeDeclared(reference, orders);
        assertThat(forms.find("orders")).isEmpty();
        assertThat(withdrawn).containsExactly(orders);
    }

    @Test
    void aConfiguredFormReplacesAnApplicationsFormOfItsNameWhichReplacesAConnectorDefault() {
        forms.addDeclared(reference(0), form("fake", "declared"));
        assertThat(forms.find("fake").orElseThrow().title()).isEqualTo("declared");
        assertThat(forms.all()).extracting(LoginForm::title).containsExactly("declared");

        forms.add("pid", form("fake", "configured"), () -> { });
        assertThat(forms.find("fake").orElseThrow().title()).isEqualTo("configured");
        assertThat(forms.all()).extracting(LoginForm::title).containsExactly("configured");
    }

    @Test
    void ofTwoApplicationFormsOfOneNameTheHigherRankedIsOffered() {
        forms.addDeclared(reference(5), form("orders", "ranked"));
        forms.addDeclared(reference(0), form("orders", "plain"));
        assertThat(forms.find("orders").orElseThrow().title()).isEqualTo("ranked");
    }

    @Test
    void aFormWhoseNameIsNoPlainNameIsNotOfferedAndIsAProblemUntilItsServiceGoes() {
        ServiceReference<LoginForm> reference = reference(0);
        LoginForm bad = form("orders; drop", "bad");
        forms.addDeclared(reference, bad);
        assertThat(forms.find("orders; drop")).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(problem -> assertThat(problem.message()).isEqualTo(
                "login form service " + reference.getProperty(Constants.SERVICE_ID) + " of bundle (gone): name is "
                        + "'orders; drop'; expected a name of letters, digits, '.', '-' or '_' (at most 100 characters)."));

        forms.removeDeclared(reference, bad);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void theWithdrawalOfAFormThatIsStillOfferedByAnotherServiceIsNotHeard() {
        List<LoginForm> withdrawn = new ArrayList<>();
        forms.addWithdrawalListener(withdrawn::add);
        ServiceReference<LoginForm> first = reference(0);
        LoginForm orders = form("orders", "Orders");
        forms.addDeclared(first, orders);
        forms.addDeclared(reference(0), form("orders", "Orders"));

        forms.removeDeclared(first, orders);
        assertThat(forms.find("orders")).contains(orders);
        assertThat(withdrawn).isEmpty();
    }

    @Test
    void whenTheHigherRankedFormOfANameGoesItsWithdrawalIsHeardAndTheOtherIsOffered() {
        List<LoginForm> withdrawn = new ArrayList<>();
        forms.addWithdrawalListener(withdrawn::add);
        ServiceReference<LoginForm> ranked = reference(5);
        LoginForm higher = form("orders", "ranked");
        forms.addDeclared(ranked, higher);
        forms.addDeclared(reference(0), form("orders", "plain"));

        forms.removeDeclared(ranked, higher);
        assertThat(withdrawn).containsExactly(higher);
        assertThat(forms.find("orders").orElseThrow().title()).isEqualTo("plain");
    }
}
