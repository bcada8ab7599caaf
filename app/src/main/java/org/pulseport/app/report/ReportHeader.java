package org.pulseport.app.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pulseport.core.model.Profile;

/** The header every Pulseport report starts with: title, profile, period, units and generation time. */
final class ReportHeader {

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ReportHeader() {
    }

    /** Draws the header at the top of {@code page} and returns the y below it. */
    static float draw(PdfCanvas canvas, Box page, String title, Profile profile, String period, String units,
                      Instant generatedAt) {
        ZoneId zone = profile.timeZone();
        float y = page.top() - 14;
        canvas.text(page.x(), y, 15, true, title);
        canvas.textRight(page.right(), y, 8, false, "Pulseport");
        y -= 16;
        canvas.text(page.x(), y, 9, true, profile.name());
        canvas.text(page.x() + 200, y, 9, false, "Profile " + profile.id() + "   Time zone " + zone.getId());
        y -= 12;
        canvas.text(page.x(), y, 9, false, period);
        canvas.text(page.x() + 200, y, 9, false, "Units " + units + "   Generated "
                + GENERATED.format(generatedAt.atZone(zone)));
        y -= 7;
        canvas.line(page.x(), y, page.right(), y, 1, Rgb.BLACK);
        return y - 4;
    }
}
