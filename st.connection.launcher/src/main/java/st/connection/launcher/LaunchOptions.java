package st.connection.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * What the person asked for on the command line, with the defaults filled in.
 *
 * @param host the address the HTTP server binds to
 * @param port the HTTP port
 * @param home the folder that holds {@code load/}, {@code secrets/}, {@code logs/} and {@code felix-cache/}
 * @param snowflakeEmulator whether to run a Snowflake emulator with a login form for it
 * @param help whether only the usage was asked for
 */
record LaunchOptions(String host, int port, Path home, boolean snowflakeEmulator, boolean help) {

    static final String HOST_PROPERTY = "org.osgi.service.http.host";
    static final String PORT_PROPERTY = "org.osgi.service.http.port";
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;

    static final String USAGE = """
            Usage: java -jar st.connection.launcher.jar [--port N] [--host ADDRESS] [--snowflake-emulator] [--help]

            Starts Apache Felix with st.connection, the Felix Web Console and an H2 demo database.

              --port N              HTTP port (default 8080; also -Dorg.osgi.service.http.port=N)
              --host ADDRESS        address to bind to (default 127.0.0.1; also -Dorg.osgi.service.http.host=ADDRESS);
                                    on any other than loopback, set the console's user and password first in
                                    load/org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg
                                    (username=..., password=...), or it does not start
              --snowflake-emulator  also run a Snowflake emulator on 127.0.0.1 with the sample tables, and the
                                    login form 'snowflake' for it (users alice/wonderland, bob/builder)
              --help                print this text and exit

            Files, relative to the working directory:
              load/                     bundles and .cfg/.config files here are installed and applied at run time
              secrets/                  one file per secret, for values written $[secret:NAME] in load/
                                        (owner only: the directory 700, its files 600)
              logs/st-connection.log    the log: the messages shown on the console, kept
              felix-cache/              framework storage, cleaned on every start

            Stop with Ctrl-C (or 'stop 0' in the shell).
            """;

    /** @throws IllegalArgumentException with a message fit for the person when an argument is wrong */
    static LaunchOptions parse(String[] args) {
        String host = System.getProperty(HOST_PROPERTY, DEFAULT_HOST);
        String port = System.getProperty(PORT_PROPERTY, String.valueOf(DEFAULT_PORT));
        boolean help = false;
        boolean snowflakeEmulator = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> help = true;
                case "--port" -> port = valueAfter(args, i++);
                case "--host" -> host = valueAfter(args, i++);
                case "--snowflake-emulator" -> snowflakeEmulator = true;
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i] + "'; see --help");
            }
        }
        return new LaunchOptions(host, parsePort(port), Path.of("").toAbsolutePath(), snowflakeEmulator, help);
    }

    /** @return whether the HTTP server listens on loopback only; a wildcard or unknown address is not */
    boolean isLoopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    /** @return the console's address, as a person types it into a browser */
    String consoleUrl() {
        return consoleUrlAt(host);
    }

    /** @return the console's address from this machine: a wildcard bind address is reached on loopback */
    String localConsoleUrl() {
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        return consoleUrlAt(wildcard ? DEFAULT_HOST : host);
    }

    /** @return the address of the launcher's gated demo application */
    String demoUrl() {
        return siteAt(host) + "/demo";
    }

    /** @return the address of the demo application reading through the Snowflake emulator */
    String snowflakeDemoUrl() {
        return siteAt(host) + "/snowflake-demo";
    }

    /** @return the address of the demo application reading through Snowpark on the emulator */
    String snowparkDemoUrl() {
        return siteAt(host) + "/snowpark-demo";
    }

    private String consoleUrlAt(String address) {
        return siteAt(address) + "/system/console";
    }

    private String siteAt(String address) {
        boolean ipv6 = address.contains(":") && !address.startsWith("[");
        return "http://" + (ipv6 ? "[" + address + "]" : address) + ":" + port;
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value; see --help");
        }
        return args[i + 1];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Port must be a number from 1 to 65535, got '" + value + "'");
    }
}
