package org.pulseport.app.notify.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pulseport.app.engine.QueuedTask;
import org.pulseport.app.engine.TaskOutcome;
import org.pulseport.app.engine.WorkQueue;
import org.pulseport.app.notify.HttpPoster;
import org.pulseport.app.notify.JobQueue;
import org.pulseport.app.notify.NotifySecrets;
import org.pulseport.app.store.WebhookDeliveryRepository;
import org.pulseport.app.store.WebhookDeliveryRepository.Attempt;
import org.pulseport.app.store.WebhookDeliveryRepository.StoredEvent;
import org.pulseport.app.store.WebhookEndpointEntity;
import org.pulseport.app.store.WebhookEndpointRepository;

/**
 * Webhooks: endpoints per profile (the secret sealed with the data directory's key), publishing an event (one queued delivery per subscribed endpoint on the
 * {@code webhooks} queue), the delivery job with its own retry policy, a signed test ping, the delivery log and
 * redelivery.
 */
public final class WebhookService {

    /** The queued job kind that delivers one event to one endpoint. */
    public static final String DELIVER_TASK = "deliver-webhook";
    static final int MIN_SECRET_LENGTH = 16;
    static final int MAX_SECRET_LENGTH = 200;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookDeliverer deliverer;
    private final WebhookRetryPolicy retries;
    private final JobQueue queue;
    private final NotifySecrets secrets;
    private final Clock clock;

    public WebhookService(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, HttpPoster http,
                          WebhookRetryPolicy retries, JobQueue queue, NotifySecrets secrets, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.deliverer = new WebhookDeliverer(endpoints, deliveries, http, secrets, clock);
        this.secrets = secrets;
        this.retries = retries;
        this.queue = queue;
        this.clock = clock;
    }

    /** A new random secret ({@code whsec_} and 48 hex digits), for endpoints added without one. */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    /** The job kind to register with the engine ({@code Engine.Parts.moreTasks}). */
    public QueuedTask deliveryTask() {
        return new QueuedTask(WorkQueue.WEBHOOKS, DELIVER_TASK, this::runDelivery);
    }

    /**
     * Adds an endpoint.
     *
     * @param events the event types it receives; empty means all
     * @throws IllegalArgumentException when the URL is not http(s) or the secret is shorter than 16 characters
     */
    public WebhookEndpoint add(long profileId, String url, String secret, Set<WebhookEventType> events) {
        URI uri = httpUrl(url).orElseThrow(() -> new IllegalArgumentException(
                "A webhook URL starts with https:// (or http://) and names a host."));
        if (secret == null || secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
            throw new IllegalArgumentException("A webhook secret has at least " + MIN_SECRET_LENGTH + " characters (and at most "
                    + MAX_SECRET_LENGTH + ").");
        }
        Set<WebhookEventType> subscribed = events.isEmpty() ? EnumSet.of(WebhookEventType.SYNC_COMPLETED,
                WebhookEventType.ANOMALY_DETECTED) : EnumSet.copyOf(events);
        String codes = subscribed.stream().map(WebhookEventType::code).collect(Collectors.joining(","));
        return view(endpoints.add(profileId, uri.toString(), secrets.seal(secret), codes, clock.instant()));
    }

    public List<WebhookEndpoint> list() {
        return endpoints.findAll().stream().map(WebhookService::view).toList();
    }

    public Optional<WebhookEndpoint> find(long endpointId) {
        return endpoints.findById(endpointId).map(WebhookService::view);
    }

    public boolean remove(long endpointId) {
        return endpoints.delete(endpointId);
    }

    /**
     * Publishes an event of a profile: stores the payload once and queues one delivery per active endpoint
     * subscribed to the type.
     *
     * @return how many deliveries were queued
     */
    public int publish(long profileId, WebhookEventType type, ObjectNode data) {
        List<WebhookEndpointEntity> targets = endpoints.findActiveByProfile(profileId).stream()
                .filter(e -> events(e).contains(type)).toList();
        if (targets.isEmpty()) {
            return 0;
        }
        StoredEvent event = WebhookPayloads.event(profileId, type, data, clock.instant());
        deliveries.saveEvent(event);
        for (WebhookEndpointEntity target : targets) {
            DeliveryJob job = DeliveryJob.first(target.getId(), event.id());
            queue.enqueue(DELIVER_TASK, job.key(), job.toJson());
        }
        return targets.size();
    }

    /**
     * Sends a signed {@code ping} event to the endpoint now: one attempt, recorded like every other.
     *
     * @return empty when there is no such endpoint
     */
    public Optional<DeliveryAttempt> test(long endpointId) {
        return endpoints.findById(endpointId).map(endpoint -> {
            StoredEvent ping = WebhookPayloads.event(endpoint.getProfileId(), WebhookEventType.PING,
                    WebhookPayloads.ping(endpointId), clock.instant());
            deliveries.saveEvent(ping);
            return attemptNow(DeliveryJob.first(endpointId, ping.id()), WebhookRetryPolicy.NO_RETRIES);
        });
    }

    /**
     * Sends a recorded delivery's event to its endpoint again, as a new delivery: the first attempt now, further
     * attempts (if it fails) queued with the usual back-off.
     *
     * @return empty when there is no delivery with that number (or its endpoint is inactive)
     */
    public Optional<DeliveryAttempt> redeliver(long deliveryId) {
        return deliveries.find(deliveryId).flatMap(previous -> {
            DeliveryJob job = new DeliveryJob("ep" + previous.endpointId() + "-" + previous.eventId() + "-"
                    + UUID.randomUUID().toString().substring(0, 8), previous.endpointId(), previous.eventId());
            WebhookDeliverer.Step step = deliverer.deliver(job, retries);
            if (!(step instanceof WebhookDeliverer.Step.Attempted attempted)) {
                return Optional.empty();
            }
            if (attempted.retryIn().isPresent()) {
                queue.enqueue(DELIVER_TASK, job.key(), job.toJson());
            }
            return Optional.of(attempted.attempt());
        });
    }

    /** The newest attempts to an endpoint, newest first. */
    public List<DeliveryAttempt> deliveries(long endpointId, int limit) {
        return deliveries.forEndpoint(endpointId, limit).stream().map(WebhookService::view).toList();
    }

    private DeliveryAttempt attemptNow(DeliveryJob job, WebhookRetryPolicy policy) {
        WebhookDeliverer.Step step = deliverer.deliver(job, policy);
        if (step instanceof WebhookDeliverer.Step.Attempted attempted) {
            return attempted.attempt();
        }
        throw new IllegalStateException("the endpoint of delivery " + job.key() + " is inactive");
    }

    private TaskOutcome runDelivery(String data) {
        WebhookDeliverer.Step step = deliverer.deliver(DeliveryJob.parse(data), retries);
        if (step instanceof WebhookDeliverer.Step.Attempted attempted && attempted.retryIn().isPresent()) {
            return new TaskOutcome.RunAgainAfter(attempted.retryIn().get(), "webhook attempt "
                    + attempted.attempt().attempt() + " failed: " + attempted.attempt().outcome());
        }
        if (step instanceof WebhookDeliverer.Step.NotYet notYet) {
            return new TaskOutcome.RunAgainAfter(notYet.dueIn(), "next webhook attempt not due yet");
        }
        return TaskOutcome.done();
    }

    private static Optional<URI> httpUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Set<WebhookEventType> events(WebhookEndpointEntity entity) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(entity.getEventTypes().split(",")).map(String::strip).map(WebhookEventType::fromCode)
                .flatMap(Optional::stream).forEach(types::add);
        return types;
    }

    private static WebhookEndpoint view(WebhookEndpointEntity e) {
        return new WebhookEndpoint(e.getId(), e.getProfileId(), e.getUrl(), events(e), e.isActive(), e.getCreatedAt());
    }

    private static DeliveryAttempt view(Attempt a) {
        return new DeliveryAttempt(a.id(), a.endpointId(), a.eventId(), a.eventType(), a.attempt(), a.attemptedAt(),
                a.status(), a.httpStatus(), a.latencyMs(), a.responseExcerpt(), a.error(), a.nextAttemptAt());
    }
}
