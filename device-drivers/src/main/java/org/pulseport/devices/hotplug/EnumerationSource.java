package org.pulseport.devices.hotplug;

import java.util.List;

/**
 * Lists the devices attached right now. Implementations wrap a native library (jSerialComm, hidapi) or, in
 * tests, a plain list; a source whose library fails logs it and reports nothing rather than throwing.
 */
@FunctionalInterface
public interface EnumerationSource {

    List<AttachedDevice> enumerate();

    /** All devices of several sources. */
    static EnumerationSource combined(List<EnumerationSource> sources) {
        return () -> sources.stream().flatMap(source -> source.enumerate().stream()).toList();
    }
}
