package org.pulseport.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pulseport.app.analytics.AgpCalculator;
import org.pulseport.app.analytics.AgpOptions;
import org.pulseport.app.analytics.AgpWindow;
import org.pulseport.app.analytics.TestSeries;
import org.pulseport.core.model.GlucoseUnit;

class AgpCsvExportTest {

    private static AgpReportInput twoReadings(GlucoseUnit unit) {
        LocalDate day = LocalDate.of(2025, 6, 1);
        return new AgpReportInput(ReportFixtures.PROFILE, AgpCalculator.compute(
                TestSeries.at(ReportFixtures.BERLIN, "2025-06-01T08:00", 100, "2025-06-01T08:05", 200),
                new AgpWindow(day, day, ReportFixtures.BERLIN), new AgpOptions(15, false, Duration.ofMinutes(5))),
                unit, ReportFixtures.GENERATED);
    }

    @Test
    void metricsWithTargetsInMgDl() {
        String csv = AgpCsvExport.metrics(twoReadings(GlucoseUnit.MG_DL));

        assertThat(csv).startsWith("metric,value,unit,target\r\nprofile,Erika Mustermann,,\r\n");
        assertThat(csv.split("\r\n")).contains(
                "window_first_day,2025-06-01,,", "days,1,,", "readings,2,,",
                "time_cgm_active,0.7,%,>70%", "mean_glucose,150,mg/dL,", "gmi,6.9,%,", "gmi_mmol_mol,52,mmol/mol,",
                "coefficient_of_variation,47.1,%,<=36%", "standard_deviation,71,mg/dL,",
                "time_very_low (<54 mg/dL),0.0,%,<1%", "time_in_range (70-180 mg/dL),50.0,%,>70%",
                "time_high (181-250 mg/dL),50.0,%,<25%");
    }

    @Test
    void percentileTableInMmolPerLitreWithEmptyBinsLeftBlank() {
        String[] lines = AgpCsvExport.percentiles(twoReadings(GlucoseUnit.MMOL_L)).split("\r\n");

        assertThat(lines).hasSize(97);
        assertThat(lines[0]).isEqualTo("time,readings,p5_mmol_l,p25_mmol_l,p50_mmol_l,p75_mmol_l,p95_mmol_l");
        assertThat(lines[1]).isEqualTo("00:00,0,,,,,");
        assertThat(lines[33]).isEqualTo("08:00,2,5.8,6.9,8.3,9.7,10.8");
    }

    @Test
    void fieldsWithCommasAreQuoted() {
        assertThat(new Csv().row("a,b", "say \"hi\"", "plain").toString())
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",plain\r\n");
    }
}
