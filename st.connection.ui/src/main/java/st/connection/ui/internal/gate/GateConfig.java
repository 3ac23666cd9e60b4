package st.connection.ui.internal.gate;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of {@code st.connection.gate}. */
@ObjectClassDefinition(id = GateConfiguration.PID, name = "st.connection gate",
        description = "Protects application paths of a servlet context: a request without a live personal "
                + "connection for the login form is sent to the login page " + LoginPageServlet.PATH
                + " of that context and the protected servlet does not run, whether it was asked for directly, "
                + "forwarded to or included; after logging in the person returns where they were. Patterns that "
                + "reach no servlet are listed as configuration problems.")
@interface GateConfig {

    @AttributeDefinition(name = "URL patterns", description = "Servlet URL patterns to protect: /reports (exactly), "
            + "/reports/* (the path and everything below it) or *.report (by extension). They must not cover the "
            + "login page " + LoginPageServlet.PATH + ".")
    String[] patterns();

    @AttributeDefinition(name = "Login form", description = "Name of the st.connection.login form (or connector "
            + "default form) a person must be logged in with.")
    String form();

    @AttributeDefinition(name = "Servlet context", description = "Name (osgi.http.whiteboard.context.name) of the "
            + "Servlet Whiteboard context whose paths are protected; its login page is served at "
            + LoginPageServlet.PATH + " below the context's path. The Web Console's context cannot be chosen.",
            required = false)
    String context() default GateSettings.DEFAULT_CONTEXT;
}
