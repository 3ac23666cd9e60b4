package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ManagedServiceFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import st.connection.api.ConfigurationProblem;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.UnresolvedReferences;

/**
 * Receives the {@code st.connection.singleton} configurations from Config Admin and keeps one
 * {@link SharedConnectionConfiguration} per configuration.
 *
 * <p>Why a {@code ManagedServiceFactory} and not a configured DS component: a component's
 * properties are public. The Web Console's Components page masks only the keys the Metatype
 * declares as passwords, and its status printer (the Configuration Status page and its zip) lists
 * every component property unmasked; a configuration holds connect parameters such as passwords,
 * passphrases and tokens, resolved by the interpolation plugin from {@code $[secret:...]}. Given to
 * this factory, they stay in the connection that needs them.
 *
 * <p>Config Admin calls {@link #updated} and {@link #deleted} from one thread, in order. Immediate:
 * Config Admin lets go of the service after each call, which would end a delayed component and
 * every connection it configured.
 */
@Component(service = ManagedServiceFactory.class, immediate = true, configurationPid = SharedConnectionConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE,
        property = Constants.SERVICE_PID + "=" + SharedConnectionConfiguration.PID)
@Designate(ocd = SharedConnectionConfiguration.Config.class, factory = true)
public class SharedConnectionConfigurations implements ManagedServiceFactory {

    private final BundleContext context;
    private final ConnectorRegistry registry;
    private final SharedConnections singletons;
    private final ConfigurationProblems problems;
    /** Guarded by {@code this}. */
    private final Map<String, SharedConnectionConfiguration> byPid = new HashMap<>();
    /** Guarded by {@code this}: once deactivated, no configuration is applied any more. */
    private boolean active = true;

    @Activate
    public SharedConnectionConfigurations(BundleContext context, @Reference ConnectorRegistry registry,
            @Reference SharedConnections singletons, @Reference ConfigurationProblems problems) {
        this.context = context;
        this.registry = registry;
        this.singletons = singletons;
        this.problems = problems;
    }

    @Override
    public String getName() {
        return "st.connection shared connections";
    }

    @Override
    public synchronized void updated(String pid, Dictionary<String, ?> dictionary) {
        if (!active) {
            return;
        }
        remove(pid);
        Map<String, Object> properties = new HashMap<>();
        for (String key : Collections.list(dictionary.keys())) {
            properties.put(key, dictionary.get(key));
        }
        properties.put(Constants.SERVICE_PID, pid);
        List<ConfigurationProblem> unresolved = UnresolvedReferences.in(pid, properties);
        if (!unresolved.isEmpty()) {
            problems.report(unresolved);
            return;
        }
        byPid.put(pid, new SharedConnectionConfiguration(context, properties, registry, singletons, problems));
    }

    @Override
    public synchronized void deleted(String pid) {
        remove(pid);
    }

    private void remove(String pid) {
        SharedConnectionConfiguration removed = byPid.remove(pid);
        if (removed != null) {
            removed.deactivate();
        }
        problems.clear(pid);
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        new ArrayList<>(byPid.keySet()).forEach(this::remove);
    }
}
