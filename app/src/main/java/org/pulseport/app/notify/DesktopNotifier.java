package org.pulseport.app.notify;

import org.pulseport.app.analytics.AnomalySeverity;

/** Shows a notification on the desktop, where the desktop can. */
public interface DesktopNotifier {

    boolean available();

    void show(String title, String message, AnomalySeverity severity) throws Exception;
}
