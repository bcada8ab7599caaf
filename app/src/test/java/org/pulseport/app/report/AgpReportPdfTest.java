package org.pulseport.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pulseport.app.analytics.GlucoseMetrics;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

class AgpReportPdfTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("AGP Report: Erika Mustermann");
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void rendersOnePageWithAllSectionsOfTheStandardLayout() throws IOException {
        AgpReportInput input = ReportFixtures.input(GlucoseUnit.MG_DL);
        GlucoseMetrics metrics = input.agp().metrics();

        String text = text(AgpReportPdf.render(input));

        assertThat(text).contains("AGP Report: Continuous Glucose Monitoring", "Erika Mustermann", "Profile 42",
                "Time zone Europe/Berlin", "18 Mar 2025 - 31 Mar 2025 (14 days)", "Units mg/dL",
                "Generated 1 Apr 2025 10:30",
                "Glucose Statistics and Targets", "Time in Ranges", "Ambulatory Glucose Profile (AGP)",
                "Daily Glucose Profiles", "Tue 18 Mar", "Mon 31 Mar");
        assertThat(text).contains("Mean Glucose " + ReportFormat.glucose(GlucoseUnit.MG_DL, metrics.mean()));
        assertThat(text).contains("Glucose Management Indicator (GMI) " + ReportFormat.decimal(metrics.gmiPercent(), 1)
                + "% (" + ReportFormat.decimal(metrics.gmiMmolPerMol(), 0) + " mmol/mol)");
        assertThat(text).contains("% Time CGM is Active " + ReportFormat.percent(metrics.activePercent()));
        assertThat(text).contains("Target range 70-180 mg/dL", "Very low <54 mg/dL", "Very high >250 mg/dL",
                "target <=36%", "15-minute bins, smoothed (1-2-1)");
    }

    @Test
    void rendersInMillimolesPerLitre() throws IOException {
        String text = text(AgpReportPdf.render(ReportFixtures.input(GlucoseUnit.MMOL_L)));

        assertThat(text).contains("Units mmol/L", "Target range 3.9-10.0 mmol/L", "Low 3.0-3.8 mmol/L", "10.0", "13.9");
    }

    @Test
    void rendersAnEmptyWindowAndAnUnencodableNameWithoutFailing() throws IOException {
        AgpReportInput empty = new AgpReportInput(new Profile(7, "Zoë 王", ReportFixtures.BERLIN),
                ReportFixtures.agp(TimeSeries.empty()), GlucoseUnit.MG_DL, ReportFixtures.GENERATED);

        String text;
        try (PDDocument document = Loader.loadPDF(AgpReportPdf.render(empty))) {
            text = new PDFTextStripper().getText(document);
        }

        assertThat(text).contains("Zoë ?", "Readings 0", "Mean Glucose n/a", "no data");
    }
}
