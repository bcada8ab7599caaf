package org.pulseport.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.pulseport.devices.fit.FitDecodeOptions;
import org.pulseport.devices.fit.FitEvent;
import org.pulseport.devices.fit.FitMessage;
import org.pulseport.devices.fit.FitReader;

/**
 * Decode throughput of the streaming FIT reader on the largest corpus file and on a synthetic six-hour 1 Hz
 * ride. JMH reports whole files per second; the {@code bytes} and {@code records} counters give bytes/s and
 * record messages/s. The corpus file is {@code -Dpulseport.fit.file} (default: the corpus path seen from the
 * worktree root).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FitDecodeBenchmark {

    private static final String DEFAULT_FILE = "../shared/fixtures/fit/activity-large-fenxi2-multisport.fit";

    @Param({"largest-corpus-file", "synthetic-6h-ride"})
    public String input;

    private byte[] file;

    /** Bytes and record messages decoded, reported by JMH as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Decoded {
        public long bytes;
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            records = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        file = input.equals("synthetic-6h-ride")
                ? SyntheticRide.fitFile()
                : Files.readAllBytes(Path.of(System.getProperty("pulseport.fit.file", DEFAULT_FILE)));
    }

    @Benchmark
    public long decode(Decoded decoded) throws IOException {
        long messages = 0;
        try (FitReader reader = new FitReader(new ByteArrayInputStream(file), FitDecodeOptions.defaults())) {
            while (reader.hasNext()) {
                FitEvent event = reader.next();
                if (event instanceof FitMessage) {
                    messages++;
                    if (((FitMessage) event).globalNumber() == 20) {
                        decoded.records++;
                    }
                }
            }
        }
        decoded.bytes += file.length;
        return messages;
    }
}
