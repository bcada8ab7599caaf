package org.pulseport.app.report;

import java.util.Locale;
import org.pulseport.app.analytics.AgpPercentiles;
import org.pulseport.app.analytics.AgpWindow;
import org.pulseport.app.analytics.GlucoseMetrics;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.core.model.GlucoseUnit;

/**
 * CSV exports of an AGP report: the metrics with their consensus targets, and the percentile table by time
 * of day. Glucose is in the report's display unit with its display rounding (half-up), percentages have one
 * decimal, undefined values are empty fields.
 */
public final class AgpCsvExport {

    private AgpCsvExport() {
    }

    /** One row per metric: {@code metric,value,unit,target}. */
    public static String metrics(AgpReportInput input) {
        GlucoseMetrics metrics = input.agp().metrics();
        AgpWindow window = input.agp().window();
        GlucoseUnit unit = input.unit();
        Csv csv = new Csv().row("metric", "value", "unit", "target")
                .row("profile", input.profile().name(), "", "")
                .row("window_first_day", window.firstDay().toString(), "", "")
                .row("window_last_day", window.lastDay().toString(), "", "")
                .row("time_zone", window.zone().getId(), "", "")
                .row("days", Integer.toString(window.days().size()), "", "")
                .row("readings", Integer.toString(metrics.readings()), "", "")
                .row("time_cgm_active", percent(metrics.activePercent()), "%", ">70%")
                .row("mean_glucose", ReportFormat.glucoseNumber(unit, metrics.mean()), unit.label(), "")
                .row("gmi", decimal(metrics.gmiPercent(), 1), "%", "")
                .row("gmi_mmol_mol", decimal(metrics.gmiMmolPerMol(), 0), "mmol/mol", "")
                .row("coefficient_of_variation", percent(metrics.coefficientOfVariationPercent()), "%", "<=36%")
                .row("standard_deviation", ReportFormat.glucoseNumber(unit, metrics.standardDeviation()), unit.label(),
                        "");
        for (GlucoseRange range : GlucoseRange.values()) {
            csv.row("time_" + range.name().toLowerCase(Locale.ROOT) + " (" + range.bounds(unit) + ")",
                    percent(metrics.timeInRanges().percent(range)), "%", range.target());
        }
        return csv.toString();
    }

    /** One row per time-of-day bin: {@code time,readings,p5,p25,p50,p75,p95} in the display unit. */
    public static String percentiles(AgpReportInput input) {
        String suffix = input.unit() == GlucoseUnit.MG_DL ? "_mg_dl" : "_mmol_l";
        Csv csv = new Csv().row("time", "readings", "p5" + suffix, "p25" + suffix, "p50" + suffix, "p75" + suffix,
                "p95" + suffix);
        for (AgpPercentiles bin : input.agp().percentiles()) {
            csv.row(bin.start().toString(), Integer.toString(bin.readings()), glucose(input, bin.p5()),
                    glucose(input, bin.p25()), glucose(input, bin.p50()), glucose(input, bin.p75()),
                    glucose(input, bin.p95()));
        }
        return csv.toString();
    }

    private static String glucose(AgpReportInput input, double mgDl) {
        return ReportFormat.glucoseNumber(input.unit(), mgDl);
    }

    private static String percent(double percent) {
        return decimal(percent, 1);
    }

    private static String decimal(double value, int decimals) {
        return Double.isNaN(value) ? "" : ReportFormat.decimal(value, decimals);
    }
}
