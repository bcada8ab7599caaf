package org.pulseport.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseport.app.AppContext;
import org.pulseport.app.engine.QueuedTask;
import org.pulseport.app.notify.HttpPoster;
import org.pulseport.app.notify.Json;
import org.pulseport.app.notify.NotifySecrets;
import org.pulseport.app.notify.webhook.WebhookEventType;
import org.pulseport.app.notify.webhook.WebhookRetryPolicy;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.WebhookDeliveryRepository;
import org.pulseport.app.store.WebhookEndpointRepository;

/**
 * 10,000 webhook deliveries to a local endpoint at concurrency 10, in two ways (docs/benchmarks.md):
 * <ol>
 * <li>{@code jobs}: ten threads run the delivery job itself (what each {@code webhooks} queue worker runs: load
 * the endpoint and the event, sign, POST, record the attempt). Per delivery it measures the job's wall time and,
 * inside the endpoint, the endpoint's own time; the difference is the latency Pulseport adds (p50/p99).</li>
 * <li>{@code queue}: the application as wired ({@link AppContext}, engine started): 10,000 events published,
 * delivered by the {@code webhooks} queue (db-scheduler, 10 threads); throughput from the first publish until
 * the endpoint has answered the last delivery.</li>
 * </ol>
 * Not a JMH benchmark: the percentiles need each delivery matched with the endpoint's own time. Run by hand:
 * {@code java -cp benchmarks/target/benchmarks.jar org.pulseport.benchmarks.WebhookDeliveryBenchmark [deliveries]}.
 */
public final class WebhookDeliveryBenchmark {

    private static final int CONCURRENCY = 10;
    private static final String SECRET = "whsec-benchmark-0123456789";

    /** The wall time of one delivery job. */
    private record Timing(String deliveryKey, long nanos) {
    }

    /** The local receiving endpoint: answers 204 and records its own handling time per delivery. */
    private static final class Endpoint implements AutoCloseable {
        final HttpServer server;
        final Map<String, Long> ownNanos = new ConcurrentHashMap<>();
        final AtomicInteger received = new AtomicInteger();
        final CountDownLatch expected;

        Endpoint(int deliveries) throws Exception {
            expected = new CountDownLatch(deliveries);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(2 * CONCURRENCY));
            server.createContext("/hook", exchange -> {
                long start = System.nanoTime();
                try (InputStream body = exchange.getRequestBody()) {
                    body.readAllBytes();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                ownNanos.put(exchange.getRequestHeaders().getFirst("X-Pulseport-Delivery"), System.nanoTime() - start);
                received.incrementAndGet();
                expected.countDown();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        int deliveries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf("webhook deliveries: %,d at concurrency %d, JDK %s, %d cores%n", deliveries, CONCURRENCY,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        jobs(Math.min(1_000, deliveries), false);
        jobs(deliveries, true);
        queue(deliveries);
    }

    /** Runs the delivery job directly on ten threads; prints throughput and the added latency. */
    private static void jobs(int deliveries, boolean report) throws Exception {
        Path dir = Files.createTempDirectory("pulseport-webhook-bench");
        try (Endpoint endpoint = new Endpoint(deliveries); Database db = Database.openEmbedded(dir, step -> { })) {
            long profile = new ProfileRepository(db.sessions()).create("Bench", ZoneId.of("UTC"), Clock.systemUTC().instant()).id();
            List<String> queued = new ArrayList<>();
            WebhookService webhooks = new WebhookService(new WebhookEndpointRepository(db.sessions()),
                    new WebhookDeliveryRepository(db.dataSource()), new HttpPoster(HttpPoster.DEFAULT_TIMEOUT),
                    WebhookRetryPolicy.DEFAULT, (task, instance, data) -> queued.add(data), NotifySecrets.ephemeral(),
                    Clock.systemUTC());
            webhooks.add(profile, endpoint.url(), SECRET, Set.of(WebhookEventType.SYNC_COMPLETED));
            for (int i = 0; i < deliveries; i++) {
                webhooks.publish(profile, WebhookEventType.SYNC_COMPLETED, Json.object().put("sequence", i));
            }
            QueuedTask task = webhooks.deliveryTask();
            ConcurrentLinkedQueue<Timing> timings = new ConcurrentLinkedQueue<>();
            ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (String data : queued) {
                runs.add(workers.submit(() -> {
                    long t0 = System.nanoTime();
                    task.handler().run(data);
                    timings.add(new Timing(Json.parse(data).path("key").asText(), System.nanoTime() - t0));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            long wall = System.nanoTime() - start;
            workers.shutdown();
            if (!report) {
                return;
            }
            double[] jobMs = new double[deliveries];
            double[] addedMs = new double[deliveries];
            int i = 0;
            for (Timing t : timings) {
                jobMs[i] = t.nanos() / 1e6;
                addedMs[i] = (t.nanos() - endpoint.ownNanos.get(t.deliveryKey())) / 1e6;
                i++;
            }
            double[] endpointMs = endpoint.ownNanos.values().stream().mapToDouble(n -> n / 1e6).toArray();
            System.out.printf("jobs:  %,d delivered (%,d received) in %.2f s = %,.0f deliveries/s%n", deliveries,
                    endpoint.received.get(), wall / 1e9, deliveries / (wall / 1e9));
            System.out.printf("       job wall time      p50 %.2f ms  p99 %.2f ms%n", percentile(jobMs, 50), percentile(jobMs, 99));
            System.out.printf("       endpoint's own     p50 %.3f ms  p99 %.3f ms%n", percentile(endpointMs, 50), percentile(endpointMs, 99));
            System.out.printf("       added by Pulseport p50 %.2f ms  p99 %.2f ms%n", percentile(addedMs, 50), percentile(addedMs, 99));
        } finally {
            TempDirectories.delete(dir);
        }
    }

    /** Publishes through the wired application and lets the engine's webhooks queue deliver everything. */
    private static void queue(int deliveries) throws Exception {
        Path dir = Files.createTempDirectory("pulseport-webhook-bench");
        try (Endpoint endpoint = new Endpoint(deliveries); AppContext context = AppContext.open(dir, Clock.systemUTC(), step -> { })) {
            long profile = context.profiles().ensure("Bench", ZoneId.of("UTC")).id();
            context.webhooks().add(profile, endpoint.url(), SECRET, Set.of(WebhookEventType.SYNC_COMPLETED));
            context.startEngine();
            long start = System.nanoTime();
            for (int i = 0; i < deliveries; i++) {
                context.webhooks().publish(profile, WebhookEventType.SYNC_COMPLETED, Json.object().put("sequence", i));
            }
            long published = System.nanoTime() - start;
            endpoint.expected.await(15, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            System.out.printf("queue: %,d published in %.2f s; %,d delivered by the webhooks queue in %.2f s = %,.0f deliveries/s%n",
                    deliveries, published / 1e9, endpoint.received.get(), wall / 1e9, endpoint.received.get() / (wall / 1e9));
        } finally {
            TempDirectories.delete(dir);
        }
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private WebhookDeliveryBenchmark() {
    }
}
