package org.pulseport.devices.fit;

/**
 * What a {@link FitReader} emits while it walks a stream: the start of each (chained) FIT file, each data
 * message, the end of each file, warnings, and at most one terminal error.
 */
public sealed interface FitEvent permits FitFileHeader, FitMessage, FitFileEnd, FitWarning, FitError {
}
