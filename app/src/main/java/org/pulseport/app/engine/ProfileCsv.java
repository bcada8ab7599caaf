package org.pulseport.app.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.pulseport.app.report.Csv;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.ProfileDataStore;
import org.pulseport.core.model.MetricType;

/**
 * The CSV files of a profile export (RFC 4180): every stored reading (instants in UTC with the offset they were
 * taken at, values in the metric's UCUM unit, glucose in mg/dL) and the daily statistics.
 */
final class ProfileCsv {

    static final List<String> READINGS_HEADER = List.of("recorded_at_utc", "utc_offset", "metric", "value", "unit",
            "trend", "quality", "provider_day", "source");
    static final List<String> DAILY_HEADER = List.of("day", "metric", "unit", "average", "min", "max", "count",
            "rolling_7d_average", "rolling_30d_average");

    private ProfileCsv() {
    }

    /** Writes the readings header and returns the sink that writes one row per reading. */
    static Consumer<ProfileDataStore.Reading> readings(Writer out) {
        write(out, READINGS_HEADER);
        return reading -> write(out, List.of(reading.recordedAt().toString(), reading.offset().getId(),
                reading.metricCode(), number(reading.value()), unit(reading.metricCode()), text(reading.trend()),
                text(reading.quality()), reading.providerDay() == null ? "" : reading.providerDay().toString(),
                text(reading.source())));
    }

    /** Writes the daily statistics, header first. */
    static void dailyStatistics(Writer out, List<DailyStatsRepository.Row> rows) {
        write(out, DAILY_HEADER);
        for (DailyStatsRepository.Row row : rows) {
            write(out, List.of(row.day().toString(), row.metric().code(), row.metric().ucumUnit(), number(row.average()),
                    number(row.min()), number(row.max()), Integer.toString(row.count()), number(row.rolling7()),
                    number(row.rolling30())));
        }
    }

    private static String unit(String metricCode) {
        return MetricType.fromCode(metricCode).map(MetricType::ucumUnit).orElse("");
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void write(Writer out, List<String> fields) {
        try {
            out.write(Csv.line(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
