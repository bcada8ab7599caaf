package org.pulseport.providers.librelinkup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.Page;
import org.pulseport.providers.http.PageSource;
import org.pulseport.providers.http.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FreeStyle Libre readings through LibreLinkUp, Abbott's follower service. UNOFFICIAL: Abbott publishes no API
 * for it; this speaks the protocol of the LibreLinkUp app, which may change without notice. Signs in with the
 * LibreLinkUp account's email and password on every fetch and reads the first followed connection's graph,
 * which covers only the last hours: sync it often.
 */
public final class LibreLinkUpConnector implements SourceConnector {

    public static final String ID = "librelinkup";

    private static final Logger LOG = LoggerFactory.getLogger(LibreLinkUpConnector.class);

    private final LibreLinkUpSettings settings;
    private final JsonApi api;
    private final LibreLinkUpMapper mapper = new LibreLinkUpMapper();

    /** The connector as the service loader creates it: settings from the environment, 30 s timeouts. */
    public LibreLinkUpConnector() {
        this(LibreLinkUpSettings.fromEnvironment(System.getenv()), HttpTimeouts.STANDARD);
    }

    public LibreLinkUpConnector(LibreLinkUpSettings settings, HttpTimeouts timeouts) {
        this.settings = settings;
        this.api = JsonApi.create(ID, timeouts);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "FreeStyle Libre via LibreLinkUp (unofficial)";
    }

    @Override
    public Set<MetricType> capabilities() {
        return EnumSet.of(MetricType.GLUCOSE);
    }

    @Override
    public Stream<Sample> fetch(FetchRequest request) {
        if (!(request.credentials() instanceof Credentials.Password password)) {
            throw new PulseportException(new PulseportError.AuthError("LibreLinkUp needs the account's email and"
                    + " password but the connection holds " + request.credentials().getClass().getSimpleName()));
        }
        LibreLinkUpClient client = new LibreLinkUpClient(api, settings);
        return Paging.stream(() -> graphOfFirstConnection(client, password, request.source()))
                .filter(sample -> request.window().contains(sample.recordedAt()));
    }

    private List<PageSource<Sample>> graphOfFirstConnection(LibreLinkUpClient client, Credentials.Password password,
                                                            SourceRef source) {
        LibreLinkUpSession session = client.login(password);
        List<JsonNode> connections = client.connections(session);
        if (connections.isEmpty()) {
            LOG.info("LibreLinkUp account follows no one yet: accept the sharing invitation in the LibreLinkUp app");
            return List.of();
        }
        if (connections.size() > 1) {
            LOG.info("LibreLinkUp account follows {} people; reading the first connection only", connections.size());
        }
        String patientId = JsonFields.text(connections.get(0), "patientId");
        return List.of(cursor -> Page.last(mapper.mapGraph(client.graph(session, patientId), source)));
    }
}
