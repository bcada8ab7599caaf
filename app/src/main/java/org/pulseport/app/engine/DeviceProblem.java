package org.pulseport.app.engine;

import java.util.Objects;
import org.pulseport.devices.download.DeviceError;
import org.pulseport.devices.transport.AccessAdvice;
import org.pulseport.devices.transport.TransportError;

/**
 * Why Pulseport could not read a device, in words for the person at the computer ({@link #message()}: what
 * happened and the next step), and of which kind, so a view can offer the matching help (the udev rule).
 */
public record DeviceProblem(Kind kind, String message) {

    /** The kinds of problems that need different help. */
    public enum Kind {
        /** The operating system refused access: install the udev rule (Linux) or fix group membership. */
        PERMISSION,
        /** Another program holds the device. */
        BUSY,
        /** The device went away (unplugged before or during the transfer). */
        DISCONNECTED,
        /** The device did not answer in time. */
        NO_ANSWER,
        /** The device answered with something its protocol does not allow, or refused the request. */
        PROTOCOL,
        /** A different device answered than the one expected (swapped while waiting). */
        WRONG_DEVICE,
        /** Pulseport recognises the device but cannot download it. */
        UNSUPPORTED,
        /** Anything else (e.g. the store failed). */
        OTHER
    }

    public DeviceProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The problem behind a classified device error, with the error's own user message (which names the fix). */
    public static DeviceProblem of(DeviceError error) {
        if (error instanceof DeviceError.Link link) {
            TransportError cause = link.cause();
            Kind kind = cause instanceof TransportError.PermissionDenied ? Kind.PERMISSION
                    : cause instanceof TransportError.Busy ? Kind.BUSY
                    : cause instanceof TransportError.Timeout ? Kind.NO_ANSWER
                    : cause instanceof TransportError.Disconnected || cause instanceof TransportError.NotFound
                    ? Kind.DISCONNECTED : Kind.OTHER;
            return new DeviceProblem(kind, error.userMessage());
        }
        return new DeviceProblem(Kind.PROTOCOL, error.userMessage());
    }

    /** Whether showing the udev rules file helps (Linux permissions, ModemManager holding the port). */
    public boolean showsUdevRule() {
        return kind == Kind.PERMISSION || kind == Kind.BUSY;
    }

    /** The udev rules file Pulseport ships, and where it goes. */
    public static String udevRules() {
        return AccessAdvice.udevRules();
    }

    /** Where the udev rules file must be installed. */
    public static String udevRulesPath() {
        return AccessAdvice.RULES_PATH;
    }
}
