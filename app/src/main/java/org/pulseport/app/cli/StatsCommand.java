package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.DailyStatsRepository.Row;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulseport stats --profile P --metric M [--from D] [--to D]}: daily statistics with rolling averages. */
@Command(name = "stats", description = "Print daily statistics of one metric with 7- and 30-day rolling averages.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile.")
    private String profileName;

    @Option(names = "--metric", paramLabel = "METRIC", required = true, converter = MetricConverter.class,
            description = "A metric code, e.g. glucose, resting_heart_rate, hrv_rmssd, sleep_score, steps.")
    private MetricType metric;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 30 days before --to).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today).")
    private LocalDate to;

    StatsCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            Profile profile = ProfileOption.require(session.context().profiles(), profileName);
            LocalDate last = to != null ? to : LocalDate.now(profile.timeZone());
            LocalDate first = from != null ? from : last.minusDays(29);
            List<Row> rows = session.context().dailyStatsStore().read(profile.id(), metric, first, last);
            if (rows.isEmpty()) {
                out.printf("No daily statistics of %s for %s between %s and %s.%n", metric.code(), profile.name(), first, last);
                return 0;
            }
            out.printf("%s, %s (%s), %s to %s%n", profile.name(), metric.code(), metric.ucumUnit(), first, last);
            out.printf("%-10s %10s %10s %10s %6s %10s %10s%n", "day", "average", "min", "max", "count", "7-day", "30-day");
            for (Row r : rows) {
                out.printf("%-10s %10.1f %10.1f %10.1f %6d %10s %10s%n", r.day(), r.average(), r.min(), r.max(), r.count(),
                        format(r.rolling7()), format(r.rolling30()));
            }
            return 0;
        }
    }

    private static String format(Double value) {
        return value == null ? "–" : String.format("%.1f", value);
    }

    /** Parses metric codes, listing the valid ones on error. */
    static final class MetricConverter implements picocli.CommandLine.ITypeConverter<MetricType> {
        @Override
        public MetricType convert(String value) {
            return MetricType.fromCode(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown metric '" + value + "'; one of: " + java.util.Arrays.stream(MetricType.values())
                            .map(MetricType::code).collect(java.util.stream.Collectors.joining(", "))));
        }
    }
}
