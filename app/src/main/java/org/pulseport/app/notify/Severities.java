package org.pulseport.app.notify;

import org.pulseport.app.analytics.AnomalySeverity;

/** How each service expresses a severity: colours, priorities, tags. */
final class Severities {

    private Severities() {
    }

    /** An RGB colour as an integer (Discord embeds): red, amber, blue. */
    static int rgb(AnomalySeverity severity) {
        return severity == AnomalySeverity.URGENT ? 0xD32F2F : severity == AnomalySeverity.WARNING ? 0xF9A825 : 0x1976D2;
    }

    /** An Adaptive Card text colour (Teams). */
    static String cardColor(AnomalySeverity severity) {
        return severity == AnomalySeverity.URGENT ? "Attention" : severity == AnomalySeverity.WARNING ? "Warning" : "Accent";
    }

    /** An ntfy priority: 5 (max/urgent), 4 (high), 3 (default). */
    static int ntfyPriority(AnomalySeverity severity) {
        return severity == AnomalySeverity.URGENT ? 5 : severity == AnomalySeverity.WARNING ? 4 : 3;
    }

    /** An ntfy tag that the apps show as an emoji. */
    static String ntfyTag(AnomalySeverity severity) {
        return severity == AnomalySeverity.URGENT ? "rotating_light" : severity == AnomalySeverity.WARNING ? "warning" : "information_source";
    }
}
