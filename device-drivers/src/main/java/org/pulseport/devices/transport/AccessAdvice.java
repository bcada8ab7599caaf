package org.pulseport.devices.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The exact steps that fix "cannot open the device" on Linux, and the udev rules file those steps install.
 * Kept in one place so every transport gives the same advice.
 */
public final class AccessAdvice {

    /** Where the rules file must be installed; the name matters (before 73-seat-late.rules). */
    public static final String RULES_PATH = "/etc/udev/rules.d/60-pulseport.rules";

    private static final String RULES_RESOURCE = "/org/pulseport/devices/60-pulseport.rules";

    private AccessAdvice() {
    }

    /** What to do when the OS refuses access to {@code path}. */
    public static String permissionFix(String path) {
        return "Add the udev rule shipped with Pulseport: copy it to " + RULES_PATH
                + ", run 'sudo udevadm control --reload-rules && sudo udevadm trigger', then unplug and replug"
                + " the device. Alternatively add yourself to the group that owns " + path
                + " (often 'dialout' or 'plugdev') and log in again.";
    }

    /** What to do when another program holds {@code path}. */
    public static String busyFix(String path) {
        return "Close other diabetes or fitness software (Dexcom Clarity/Studio, LibreView, Garmin Express),"
                + " check 'sudo fuser -v " + path + "', and make sure ModemManager ignores the device (the udev"
                + " rule at " + RULES_PATH + " does that); then replug it.";
    }

    /** The content of the udev rules file, for the installer and the "fix it" dialog. */
    public static String udevRules() {
        try (InputStream in = AccessAdvice.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
