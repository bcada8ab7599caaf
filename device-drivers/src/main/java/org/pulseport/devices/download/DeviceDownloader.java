package org.pulseport.devices.download;

import org.pulseport.devices.transport.Transport;

/** Opens a download session on a device of one family over a transport. */
public interface DeviceDownloader {

    /**
     * Opens the transport, identifies the device and measures its clock offset. The transport is closed when the
     * returned session is closed, or right away when this fails.
     */
    DownloadSession open(Transport transport, DownloadRequest request) throws DeviceException;
}
