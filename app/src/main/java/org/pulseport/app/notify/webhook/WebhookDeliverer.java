package org.pulseport.app.notify.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.pulseport.app.notify.HttpOutcome;
import org.pulseport.app.notify.HttpPoster;
import org.pulseport.app.notify.NotifySecrets;
import org.pulseport.app.notify.WebhookSigner;
import org.pulseport.app.store.WebhookDeliveryRepository;
import org.pulseport.app.store.WebhookDeliveryRepository.Attempt;
import org.pulseport.app.store.WebhookDeliveryRepository.NewAttempt;
import org.pulseport.app.store.WebhookDeliveryRepository.StoredEvent;
import org.pulseport.app.store.WebhookEndpointEntity;
import org.pulseport.app.store.WebhookEndpointRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one attempt of a delivery: signs the stored payload, POSTs it, records the attempt in
 * {@code webhook_deliveries} and says whether and when to try again. The attempt number and the due time come
 * from the recorded attempts, so a job run twice (a revived job, a restart) neither repeats nor skips one.
 */
final class WebhookDeliverer {

    /** What a run of a delivery did. */
    sealed interface Step {
        /** An attempt was made; {@code retryIn} is the wait before the next one (empty: the delivery ended). */
        record Attempted(DeliveryAttempt attempt, Optional<Duration> retryIn) implements Step {
        }

        /** The next attempt is not due yet. */
        record NotYet(Duration dueIn) implements Step {
        }

        /** Nothing to do: the delivery already ended, or its endpoint or event is gone or inactive. */
        record Ended(String why) implements Step {
        }
    }

    static final String USER_AGENT = "Pulseport-Webhooks/1";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final HttpPoster http;
    private final NotifySecrets secrets;
    private final Clock clock;

    WebhookDeliverer(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, HttpPoster http,
                     NotifySecrets secrets, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.http = http;
        this.secrets = secrets;
        this.clock = clock;
    }

    Step deliver(DeliveryJob job, WebhookRetryPolicy policy) {
        Optional<Attempt> last = deliveries.lastAttempt(job.key());
        if (last.isPresent() && !"retrying".equals(last.get().status())) {
            return new Step.Ended("delivery " + job.key() + " already " + last.get().status());
        }
        Instant now = clock.instant();
        if (last.isPresent() && last.get().nextAttemptAt().isAfter(now)) {
            return new Step.NotYet(Duration.between(now, last.get().nextAttemptAt()));
        }
        Optional<WebhookEndpointEntity> endpoint = endpoints.findById(job.endpointId()).filter(WebhookEndpointEntity::isActive);
        Optional<StoredEvent> event = deliveries.event(job.eventId());
        if (endpoint.isEmpty() || event.isEmpty()) {
            return new Step.Ended("endpoint " + job.endpointId() + " or event " + job.eventId() + " is gone or inactive");
        }
        int attempt = last.map(a -> a.attempt() + 1).orElse(1);
        return attempt(job, endpoint.get(), event.get(), attempt, policy);
    }

    private Step attempt(DeliveryJob job, WebhookEndpointEntity endpoint, StoredEvent event, int attempt,
                         WebhookRetryPolicy policy) {
        byte[] body = event.payload().getBytes(StandardCharsets.UTF_8);
        Instant sentAt = clock.instant();
        Map<String, String> headers = Map.of("Content-Type", "application/json", "User-Agent", USER_AGENT,
                WebhookSigner.HEADER, WebhookSigner.signature(secrets.open(endpoint.getSecret()), sentAt.getEpochSecond(), body),
                "X-Pulseport-Event", event.type(), "X-Pulseport-Delivery", job.key());
        HttpOutcome outcome = http.post(URI.create(endpoint.getUrl()), headers, body);
        Optional<Duration> retryIn = outcome.succeeded() ? Optional.empty() : policy.delayAfter(attempt);
        String status = outcome.succeeded() ? "succeeded" : retryIn.isPresent() ? "retrying" : "failed";
        Instant finished = clock.instant();
        Instant next = retryIn.map(finished::plus).orElse(null);
        Integer httpStatus = outcome instanceof HttpOutcome.Responded r ? r.status() : null;
        String excerpt = outcome instanceof HttpOutcome.Responded r ? r.excerpt() : null;
        String error = outcome instanceof HttpOutcome.Unreachable u ? u.error() : null;
        long latencyMs = outcome.elapsed().toMillis();
        long id = deliveries.record(new NewAttempt(job.key(), endpoint.getId(), event.id(), attempt, sentAt, status,
                httpStatus, latencyMs, excerpt, error, next));
        LOG.info("webhook delivery {} endpoint={} event={} attempt={} {} ({}, {} ms)", id, endpoint.getId(), event.type(),
                attempt, status, outcome.describe(), latencyMs);
        DeliveryAttempt recorded = new DeliveryAttempt(id, endpoint.getId(), event.id(), event.type(), attempt, sentAt,
                status, httpStatus, latencyMs, excerpt, error, next);
        return new Step.Attempted(recorded, retryIn);
    }
}
