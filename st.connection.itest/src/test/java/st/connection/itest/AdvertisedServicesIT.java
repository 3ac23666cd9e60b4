package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;

import st.connection.api.ManagedConnection;

/**
 * A resolver trusts the {@code osgi.service} capabilities in a manifest: each one our bundles
 * advertise must be a service the bundle really offers once it runs, each service they register
 * must be advertised, and nothing of an embedded library's may be advertised or declared as a
 * component.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdvertisedServicesIT extends ITestSupport {

    /** The bundles whose every advertised service is registered with one shared connection configured. */
    private static final List<String> BUNDLES = List.of("st.connection.core", "st.connection.jdbc",
            "st.connection.cache.jdbc", "st.connection.cache.h2");

    @Configuration
    public Option[] config() {
        return frameworkFor(AdvertisedServicesIT.class);
    }

    @Test
    public void everyAdvertisedServiceIsOfferedByTheBundleThatAdvertisesIt() throws Exception {
        org.osgi.service.cm.Configuration shared = configureSharedConnection();
        try {
            for (String name : BUNDLES) {
                Bundle bundle = installedBundle(name);
                Set<String> advertised = advertisedServices(bundle);
                assertFalse(name + " advertises services", advertised.isEmpty());
                await(name + " offers every service it advertises, " + advertised,
                        () -> offeredServices(bundle).containsAll(advertised));
            }
        } finally {
            shared.delete();
        }
    }

    @Test
    public void everyServiceOurBundlesRegisterIsAdvertised() throws Exception {
        org.osgi.service.cm.Configuration shared = configureSharedConnection();
        try {
            for (String name : BUNDLES) {
                Bundle bundle = installedBundle(name);
                Set<String> unadvertised = offeredServices(bundle);
                unadvertised.removeAll(advertisedServices(bundle));
                // SCR registers it in each component bundle's name to receive its configurations.
                unadvertised.remove("org.osgi.service.cm.ManagedService");
                assertEquals(name + " registers services its manifest does not advertise", Set.of(), unadvertised);
            }
        } finally {
            shared.delete();
        }
    }

    /** A shared connection, so that core registers its ManagedConnection service too. */
    private static org.osgi.service.cm.Configuration configureSharedConnection() throws Exception {
        org.osgi.service.cm.Configuration shared = configure("st.connection.singleton", Map.of("name", "advertised", "connector", "jdbc",
                "url", "jdbc:h2:mem:advertised", "user", "sa", "password", ADMIN_PASSWORD));
        service(ManagedConnection.class, "(st.connection.name=advertised)");
        return shared;
    }

    @Test
    public void embeddedLibrariesDeclareNoComponents() {
        for (String name : BUNDLES) {
            String components = installedBundle(name).getHeaders().get("Service-Component");
            for (String component : components.split(",")) {
                assertTrue(name + " declares " + component, component.trim().startsWith("OSGI-INF/st.connection."));
            }
        }
    }

    private static Set<String> advertisedServices(Bundle bundle) {
        Set<String> classes = new TreeSet<>();
        for (Capability capability : bundle.adapt(BundleRevision.class).getCapabilities("osgi.service")) {
            Object objectClass = capability.getAttributes().get(Constants.OBJECTCLASS);
            if (objectClass instanceof List<?> list) {
                list.forEach(c -> classes.add(c.toString()));
            } else {
                classes.add(String.valueOf(objectClass));
            }
        }
        return classes;
    }

    /**
     * @return the classes of the services the bundle registered that can be had: a delayed
     *     component's service is registered before its class is loaded, so each one is got once
     */
    private static Set<String> offeredServices(Bundle bundle) {
        Set<String> classes = new TreeSet<>();
        ServiceReference<?>[] references = bundle.getRegisteredServices();
        if (references != null) {
            for (ServiceReference<?> reference : references) {
                if (context().getService(reference) != null) {
                    classes.addAll(Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS)));
                    context().ungetService(reference);
                }
            }
        }
        return classes;
    }
}
