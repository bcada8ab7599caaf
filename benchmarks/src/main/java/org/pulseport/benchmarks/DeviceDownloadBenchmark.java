package org.pulseport.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.dexcom.DexcomReceiver;
import org.pulseport.devices.dexcom.DexcomSession;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.transport.SerialTransport;

/**
 * Full download of a simulated 90-day Dexcom receiver over a pseudo-terminal with the real jSerialComm driver.
 * The simulator sends at {@code lineRate} bytes per second. At the end of each trial the benchmark prints the
 * ratio of its measured wall time per download to the minimum the transfer allows: reply bytes / line rate plus
 * one measured round trip (median ping) per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(1)
public class DeviceDownloadBenchmark {

    private static final int PINGS = 200;

    @Param({"250000", "1000000"})
    public long lineRate;

    private DexcomSimulatorServer server;
    private DownloadRequest request;
    private double minimumSeconds;
    private long bytesPerDownload;
    private long requestsPerDownload;
    private double roundTripSeconds;
    private final List<Long> wallNanos = new ArrayList<>();
    private boolean measuring;

    @Setup(Level.Trial)
    public void startReceiver() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(DexcomSimulatorConfig.of(
                SimulatedDevice.dexcomReceiver().withDays(90)).withLineRate(lineRate));
        request = DownloadRequest.everything(new SourceRef(1, 1)).withReplyTimeout(Duration.ofSeconds(2));
        roundTripSeconds = medianPingSeconds();
        long before = server.bytesSent();
        requestsPerDownload = download();
        bytesPerDownload = server.bytesSent() - before;
        minimumSeconds = (double) bytesPerDownload / lineRate + requestsPerDownload * roundTripSeconds;
    }

    private double medianPingSeconds() throws Exception {
        List<Long> samples = new ArrayList<>();
        try (SerialTransport transport = new SerialTransport(server.portPath(), DexcomDownloader.BAUD_RATE)) {
            transport.open();
            DexcomReceiver receiver = new DexcomReceiver(transport, Duration.ofSeconds(2));
            for (int i = 0; i < PINGS; i++) {
                long start = System.nanoTime();
                receiver.ping();
                samples.add(System.nanoTime() - start);
            }
        }
        samples.sort(null);
        return samples.get(samples.size() / 2) / 1e9;
    }

    private long download() throws Exception {
        try (DexcomSession session = new DexcomDownloader().open(
                new SerialTransport(server.portPath(), DexcomDownloader.BAUD_RATE), request)) {
            long samples = session.samples().count();
            if (samples < 20_000) {
                throw new IllegalStateException("incomplete download: " + samples + " samples");
            }
            return session.requestCount();
        }
    }

    @Setup(Level.Iteration)
    public void noteIterationType(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public long fullDownload() throws Exception {
        long start = System.nanoTime();
        long requests = download();
        if (measuring) {
            wallNanos.add(System.nanoTime() - start);
        }
        return requests;
    }

    @TearDown(Level.Trial)
    public void report() {
        server.close();
        if (wallNanos.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(wallNanos);
        sorted.sort(null);
        double medianWall = sorted.get(sorted.size() / 2) / 1e9;
        System.out.printf("%nDEVICE-DOWNLOAD lineRate=%d B/s replyBytes=%d requests=%d rtt=%.3f ms "
                        + "minimum=%.3f s medianWall=%.3f s ratio=%.2f (%d measured downloads)%n", lineRate, bytesPerDownload,
                requestsPerDownload, roundTripSeconds * 1e3, minimumSeconds, medianWall, medianWall / minimumSeconds,
                wallNanos.size());
    }
}
