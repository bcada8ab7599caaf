package org.pulseport.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (the Maven project version). */
final class PulseportVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PulseportVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Pulseport " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
