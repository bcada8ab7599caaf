package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.AtomicFiles;
import org.pulseport.app.analytics.GlucoseMetrics;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.app.report.AgpCsvExport;
import org.pulseport.app.report.AgpReportInput;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulseport agp --profile P [--days 14] [--pdf FILE] [--csv FILE] [--mmol]}: the clinical glucose report. */
@Command(name = "agp", description = "Ambulatory Glucose Profile: time in ranges, GMI, CV; optionally the one-page PDF and CSV.")
final class AgpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile.")
    private String profileName;

    @Option(names = "--days", paramLabel = "N", description = "Days ending today (default ${DEFAULT-VALUE}).")
    private int days = 14;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the one-page AGP report as PDF.")
    private Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the metrics and the percentile table as CSV (FILE and FILE with -percentiles).")
    private Path csv;

    @Option(names = "--mmol", description = "Show glucose in mmol/L (default: the unit chosen in Settings).")
    private boolean mmol;

    AgpCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            Profile profile = ProfileOption.require(session.context().profiles(), profileName);
            GlucoseUnit unit = mmol ? GlucoseUnit.MMOL_L : session.context().settings().glucoseUnit();
            AgpReportInput report = session.context().glucoseReports().agp(profile, days, unit);
            print(out, report, unit);
            if (pdf != null) {
                out.println("PDF written to " + session.context().insights().writeAgpPdf(profile, days, unit, pdf).toAbsolutePath());
            }
            if (csv != null) {
                Path percentiles = csv.resolveSibling(csv.getFileName().toString().replaceFirst("(\\.csv)?$", "-percentiles.csv"));
                AtomicFiles.write(csv, AgpCsvExport.metrics(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                AtomicFiles.write(percentiles, AgpCsvExport.percentiles(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.println("CSV written to " + csv.toAbsolutePath() + " and " + percentiles.toAbsolutePath());
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, AgpReportInput report, GlucoseUnit unit) {
        GlucoseMetrics m = report.agp().metrics();
        out.printf("AGP for %s, %s to %s (%d days)%n", report.profile().name(), report.agp().window().firstDay(),
                report.agp().window().lastDay(), report.agp().window().days().size());
        if (m.readings() == 0) {
            out.println("No glucose readings in this period.");
            return;
        }
        out.printf("Readings %,d, CGM active %.1f %%%n", m.readings(), m.activePercent());
        out.printf("Mean glucose %s %s, GMI %.1f %% (%.0f mmol/mol), CV %.1f %% (target <= %.0f %%)%n",
                unit.display(m.mean()).toPlainString(), unit.label(), m.gmiPercent(), m.gmiMmolPerMol(),
                m.coefficientOfVariationPercent(), GlucoseMetrics.CV_TARGET_PERCENT);
        out.println("Time in ranges:");
        for (GlucoseRange range : GlucoseRange.values()) {
            out.printf("  %-13s %-15s %5.1f %%   target %s%n", range.label(), range.bounds(unit),
                    m.timeInRanges().percent(range), range.target());
        }
    }
}
