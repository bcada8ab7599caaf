package org.pulseport.devices.sim;

import java.util.HashSet;
import java.util.Set;

/**
 * Faults a simulator injects, counted in requests it received (1-based) or bytes it sent:
 * damage every n-th reply (one flipped byte, so its CRC fails), stay silent on chosen requests (the host times
 * out), and vanish after a number of reply bytes (an unplug mid-transfer).
 */
public record SimulatorFaults(int corruptEveryNthReply, Set<Integer> silentRequests, long unplugAfterBytes) {

    public SimulatorFaults {
        silentRequests = Set.copyOf(silentRequests);
    }

    public static SimulatorFaults none() {
        return new SimulatorFaults(0, Set.of(), -1);
    }

    public SimulatorFaults corruptingEveryNthReply(int n) {
        return new SimulatorFaults(n, silentRequests, unplugAfterBytes);
    }

    public SimulatorFaults silentOnRequest(int requestNumber) {
        Set<Integer> silent = new HashSet<>(silentRequests);
        silent.add(requestNumber);
        return new SimulatorFaults(corruptEveryNthReply, silent, unplugAfterBytes);
    }

    public SimulatorFaults unplugAfterBytes(long bytes) {
        return new SimulatorFaults(corruptEveryNthReply, silentRequests, bytes);
    }

    boolean corrupts(int replyNumber) {
        return corruptEveryNthReply > 0 && replyNumber % corruptEveryNthReply == 0;
    }

    boolean silentOn(int requestNumber) {
        return silentRequests.contains(requestNumber);
    }

    /** How many of {@code length} reply bytes may still be sent after {@code sent}, or all when no unplug. */
    long bytesBeforeUnplug(long sent, long length) {
        return unplugAfterBytes < 0 ? length : Math.max(0, Math.min(length, unplugAfterBytes - sent));
    }
}
