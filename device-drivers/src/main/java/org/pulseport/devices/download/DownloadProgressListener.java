package org.pulseport.devices.download;

/**
 * Told how far a download is: device records read so far out of the best known total. For the Dexcom receiver
 * the total is estimated from the page range (pages times page capacity) until the last page is read; the Libre
 * reader sends each record list whole, so its total grows with each list received.
 */
@FunctionalInterface
public interface DownloadProgressListener {

    DownloadProgressListener NONE = (read, total) -> { };

    void onProgress(long recordsRead, long recordsTotal);
}
