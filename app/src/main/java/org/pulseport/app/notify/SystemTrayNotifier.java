package org.pulseport.app.notify;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import org.pulseport.app.analytics.AnomalySeverity;

/**
 * Desktop notifications through {@link java.awt.SystemTray}: a tray icon is added on first use and shows each
 * notification as a balloon/toast. Unavailable when headless or when the desktop has no tray (then the
 * {@link DesktopChannel} falls back to the app's own list).
 */
public final class SystemTrayNotifier implements DesktopNotifier {

    private TrayIcon icon;

    @Override
    public boolean available() {
        return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    @Override
    public synchronized void show(String title, String message, AnomalySeverity severity) throws AWTException {
        if (icon == null) {
            icon = new TrayIcon(image(), "Pulseport");
            icon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(icon);
        }
        icon.displayMessage(title, message, severity == AnomalySeverity.URGENT ? TrayIcon.MessageType.ERROR
                : severity == AnomalySeverity.WARNING ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
    }

    private static BufferedImage image() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1976D2));
        g.fillOval(1, 1, 14, 14);
        g.dispose();
        return image;
    }
}
