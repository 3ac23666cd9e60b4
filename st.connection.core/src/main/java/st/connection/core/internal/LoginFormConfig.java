package st.connection.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of {@code st.connection.login}. */
@ObjectClassDefinition(id = LoginFormConfiguration.PID, name = "st.connection login form",
        description = "A login form through which each user opens their own connection with their own credentials.")
@interface LoginFormConfig {

    @AttributeDefinition(name = "Name", description = "Unique form name.")
    String name();

    @AttributeDefinition(name = "Connector", description = "Name of the connector that opens the connection.")
    String connector() default "jdbc";

    @AttributeDefinition(name = "Title", description = "Heading shown above the form.", required = false)
    String title();

    @AttributeDefinition(name = "Description", description = "One sentence shown under the title that says whom "
            + "the form is for, e.g. 'For the reports application: your warehouse user and password.'", required = false)
    String description();

    @AttributeDefinition(name = "Fields", description = "Fields asked for, in order: 'user', 'password:secret' "
            + "(masked, never pre-filled), 'database=PROJECT_DB' (with a default).")
    String[] fields() default {"user", "password:secret"};

    @AttributeDefinition(name = "Options", description = "Fixed connect parameters added to what the user "
            + "enters, as key=value, e.g. account=XXX. Users cannot override them.", required = false)
    String[] options();

    @AttributeDefinition(name = "Cache TTL (seconds)", description = "Cache each user's identical queries for "
            + "this many seconds; 0 means no caching.", min = "0")
    long ttl() default 0;
}
