package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A physical device seen over USB or serial, identified by family and serial number; {@code profileId} is the
 * pairing that routes its imports to a person (null until paired).
 */
@Entity
@Table(name = "devices")
public class DeviceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "family", nullable = false, length = 40)
    private String family;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(name = "model", length = 100)
    private String model;

    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "last_clock_offset_ms")
    private Long lastClockOffsetMs;

    @Column(name = "last_path", length = 300)
    private String lastPath;

    protected DeviceEntity() {
    }

    public DeviceEntity(String family, String serialNumber, String model, Instant seenAt) {
        this.family = family;
        this.serialNumber = serialNumber;
        this.model = model;
        this.firstSeenAt = seenAt;
        this.lastSeenAt = seenAt;
    }

    public Long getId() {
        return id;
    }

    public String getFamily() {
        return family;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public Long getProfileId() {
        return profileId;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Long getLastClockOffsetMs() {
        return lastClockOffsetMs;
    }

    /** Where the device was last attached (a serial port or HID path), or null if never recorded. */
    public String getLastPath() {
        return lastPath;
    }

    public void pairWith(long pairedProfileId) {
        this.profileId = pairedProfileId;
    }

    public void unpair() {
        this.profileId = null;
    }

    public void seen(Instant at, long clockOffsetMs) {
        this.lastSeenAt = at;
        this.lastClockOffsetMs = clockOffsetMs;
    }

    /** The device was attached at {@code path} at {@code at}. */
    public void seenAt(Instant at, String path) {
        if (lastSeenAt == null || at.isAfter(lastSeenAt)) {
            this.lastSeenAt = at;
        }
        if (path != null) {
            this.lastPath = path;
        }
    }

    /** The model the device reported, once known. */
    public void reportedModel(String reportedModel) {
        if (reportedModel != null && !reportedModel.isBlank()) {
            this.model = reportedModel.length() > 100 ? reportedModel.substring(0, 100) : reportedModel;
        }
    }
}
