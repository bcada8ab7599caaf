package org.pulseport.devices.download;

/**
 * Told how far a download is: records read so far out of the records the device holds. The total is exact for
 * the Libre reader and an estimate (pages times page capacity) for the Dexcom receiver until the last page.
 */
@FunctionalInterface
public interface DownloadProgressListener {

    DownloadProgressListener NONE = (read, total) -> { };

    void onProgress(long recordsRead, long recordsTotal);
}
