package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the emulator together and owns everything that must be stopped: the HTTP server, its request
 * threads, the sessions' H2 connections and the H2 database. Thread safe.
 */
public final class EmulatorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
    /** Without it the JDK server delays small answers by ~40 ms (Nagle and delayed ACK). */
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final Databases databases;
    private final ChunkStore chunks;
    private final SessionRegistry sessions;
    private final FaultInjector faults = new FaultInjector();
    private final Counters counters = new Counters();
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmulatorServer(Databases databases, ChunkStore chunks, SessionRegistry sessions, HttpServer server,
            ExecutorService requestThreads) {
        this.databases = databases;
        this.chunks = chunks;
        this.sessions = sessions;
        this.server = server;
        this.requestThreads = requestThreads;
        this.port = server.getAddress().getPort();
    }

    /** Starts a server on 127.0.0.1 at the settings' port. */
    public static EmulatorServer start(ServerSettings settings) throws IOException, SQLException {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        Databases database = new Databases(settings.defaultDatabase(), settings.timeZone());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
        } catch (IOException e) {
            database.close();
            throw e;
        }
        ExecutorService threads = Executors.newCachedThreadPool(threadFactory(server.getAddress().getPort()));
        ChunkStore chunks = settings.chunks();
        EmulatorServer emulator = new EmulatorServer(database, chunks,
                new SessionRegistry(new IdleExpiry(settings.idleTimeout(), System::nanoTime)), server, threads);
        chunks.baseUrl("http://127.0.0.1:" + emulator.port());
        server.createContext("/", emulator.router(settings));
        server.createContext(ChunkStore.PATH, new ChunkHandler(chunks, emulator.faults, emulator.counters));
        server.setExecutor(threads);
        server.start();
        LOG.info("Snowflake emulator listening on 127.0.0.1:{}", emulator.port());
        return emulator;
    }

    private RequestRouter router(ServerSettings settings) {
        QueryExecution execution = new QueryExecution(new StatementRunner(chunks), faults, counters);
        EndpointHandler accept = request -> Replies.emptySuccess();
        Map<String, EndpointHandler> handlers = Map.of(
                "POST /session/v1/login-request", new LoginHandler(settings.users(), databases, sessions, faults,
                        counters, settings.timeZone().getId(), settings.account()),
                "POST /queries/v1/query-request",
                new QueryHandler(sessions, execution, requestThreads, settings.stillRunningAfter()),
                "GET /queries/{id}/result", new QueryResultHandler(sessions, settings.stillRunningAfter(), counters),
                "GET /monitoring/queries/{id}", new QueryMonitoringHandler(sessions),
                "POST /session/heartbeat", new HeartbeatHandler(sessions, counters),
                "POST /session/token-request", new TokenRenewalHandler(sessions, counters),
                "POST /session", new SessionCloseHandler(sessions),
                "POST /queries/v1/abort-request", new AbortHandler(sessions),
                "POST /telemetry/send", accept);
        return new RequestRouter(new ObjectMapper(), handlers, faults, counters);
    }

    private static ThreadFactory threadFactory(int port) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "snowflake-emulator-" + port + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return port;
    }

    public FaultInjector faults() {
        return faults;
    }

    public Counters counters() {
        return counters;
    }

    public Databases databases() {
        return databases;
    }

    /** @return the login name of an open session, if there is one with this id */
    public java.util.Optional<String> sessionUser(String sessionId) {
        return sessions.byId(sessionId).map(EmulatedSession::user);
    }

    public List<String> sessionIds() {
        return sessions.ids();
    }

    public int openSessionCount() {
        return sessions.size();
    }

    /** @return false if there is no such session */
    public boolean expire(String sessionId, boolean renewable) {
        return sessions.byId(sessionId).map(session -> {
            expire(session, renewable);
            return true;
        }).orElse(false);
    }

    public void expireAll(boolean renewable) {
        sessions.all().forEach(session -> expire(session, renewable));
    }

    private static void expire(EmulatedSession session, boolean renewable) {
        synchronized (session) {
            session.state(renewable ? SessionState.EXPIRED_RENEWABLE : SessionState.EXPIRED_FINAL);
        }
        LOG.debug("Session {} expired ({})", session.id(), renewable ? "renewable" : "not renewable");
    }

    /** @return false if there is no such session */
    public boolean kill(String sessionId) {
        return sessions.byId(sessionId).map(session -> {
            sessions.remove(session);
            LOG.debug("Session {} killed", session.id());
            return true;
        }).orElse(false);
    }

    public void killAll() {
        sessions.removeAll();
    }

    /** Stops accepting requests, ends the request threads, closes every session and H2. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        requestThreads.shutdownNow();
        try {
            if (!requestThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Snowflake emulator request threads still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sessions.removeAll();
        databases.close();
        LOG.info("Snowflake emulator on port {} stopped", port());
    }
}
