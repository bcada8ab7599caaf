package org.pulseport.app.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pulseport.app.analytics.AgpWindow;
import org.pulseport.core.model.GlucoseUnit;

/** How reports and exports write numbers and dates: half-up rounding, dot decimals, English dates. */
public final class ReportFormat {

    /** "Mon 2 Jun 2025". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** "2 Jun 2025". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String NOT_AVAILABLE = "n/a";

    private ReportFormat() {
    }

    /** A value rounded half-up to {@code decimals}; "n/a" for NaN. */
    public static String decimal(double value, int decimals) {
        if (Double.isNaN(value)) {
            return NOT_AVAILABLE;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage: one decimal below 1 % (so 0.4 % is not shown as 0 %), whole numbers otherwise. */
    public static String percent(double percent) {
        if (Double.isNaN(percent)) {
            return NOT_AVAILABLE;
        }
        return decimal(percent, percent > 0 && percent < 1 ? 1 : 0) + "%";
    }

    /** A stored mg/dL value in the display unit with its label, e.g. "8.3 mmol/L"; "n/a" for NaN. */
    public static String glucose(GlucoseUnit unit, double mgDl) {
        return Double.isNaN(mgDl) ? NOT_AVAILABLE : unit.format(mgDl);
    }

    /** A stored mg/dL value in the display unit without label, for tables and axes; "" for NaN. */
    public static String glucoseNumber(GlucoseUnit unit, double mgDl) {
        return Double.isNaN(mgDl) ? "" : unit.display(mgDl).toPlainString();
    }

    /** "1 Jun 2025 - 14 Jun 2025 (14 days)". */
    public static String window(AgpWindow window) {
        return dateRange(window.firstDay(), window.lastDay()) + " (" + window.days().size() + " days)";
    }

    /** "1 Jun 2025 - 7 Jun 2025". */
    public static String dateRange(LocalDate first, LocalDate last) {
        return DATE.format(first) + " - " + DATE.format(last);
    }
}
