package org.pulseport.core.connector;

/**
 * Which profile and which stored source (connection, device, file) the samples of one fetch belong to.
 */
public record SourceRef(long profileId, long sourceId) {
}
