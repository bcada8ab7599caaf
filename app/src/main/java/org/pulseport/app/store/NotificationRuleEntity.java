package org.pulseport.app.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A notification rule: anomalies of a category (null: any) at or above a minimum severity go to the channels.
 * Category and severity are stored by their enum names.
 */
@Entity
@Table(name = "notification_rules")
public class NotificationRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(name = "category", length = 32)
    private String category;

    @Column(name = "min_severity", nullable = false, length = 8)
    private String minSeverity;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_rule_channels", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "channel_id", nullable = false)
    private Set<Long> channelIds = new LinkedHashSet<>();

    protected NotificationRuleEntity() {
    }

    public NotificationRuleEntity(long profileId, String category, String minSeverity, Set<Long> channelIds,
                                  Instant createdAt) {
        this.profileId = profileId;
        this.category = category;
        this.minSeverity = minSeverity;
        this.channelIds = new LinkedHashSet<>(channelIds);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public String getCategory() {
        return category;
    }

    public String getMinSeverity() {
        return minSeverity;
    }

    /** The channel ids in ascending order. */
    public Set<Long> getChannelIds() {
        return Collections.unmodifiableSet(new TreeSet<>(channelIds));
    }
}
