package org.pulseport.app.notify;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.store.NotificationChannelEntity;
import org.pulseport.app.store.NotificationLogRepository;
import org.pulseport.app.store.NotificationRuleEntity;
import org.pulseport.app.store.NotificationSetupRepository;
import org.pulseport.app.store.NotificationStateRepository;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.core.model.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification processor of the sync design: (1) load the profile's rules, (2) keep those whose category and
 * minimum severity match, (3) resolve their channels, (4) send on each channel and log the result (success, or
 * failure with the error) in {@code notification_logs}, (5) return the aggregated results. Repeats of one ongoing
 * condition are merged (within a batch and across batches); quiet hours hold back non-urgent notifications on
 * every channel but the silent in-app list; a failing channel never stops the others.
 */
public final class NotificationProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationProcessor.class);

    private final NotificationSetupRepository setup;
    private final NotificationStateRepository state;
    private final NotificationLogRepository logs;
    private final ProfileRepository profiles;
    private final ConditionTracker conditions;
    private final ChannelRegistry registry;
    private final NotifySecrets secrets;
    private final Clock clock;

    public NotificationProcessor(NotificationSetupRepository setup, NotificationStateRepository state,
                                 NotificationLogRepository logs, ProfileRepository profiles, ConditionTracker conditions,
                                 ChannelRegistry registry, NotifySecrets secrets, Clock clock) {
        this.setup = setup;
        this.state = state;
        this.logs = logs;
        this.profiles = profiles;
        this.conditions = conditions;
        this.registry = registry;
        this.secrets = secrets;
        this.clock = clock;
    }

    public DispatchReport process(long profileId, List<Alert> alerts) {
        List<NotificationRuleEntity> rules = setup.rules(profileId);
        boolean quiet = inQuietHours(profileId);
        List<ChannelResult> results = new ArrayList<>();
        for (Notification n : mergeByCondition(profileId, alerts)) {
            Set<Long> channelIds = new LinkedHashSet<>();
            rules.stream().filter(rule -> matches(rule, n)).forEach(rule -> channelIds.addAll(rule.getChannelIds()));
            ConditionTracker.Observation seen = conditions.observe(n);
            if (channelIds.isEmpty()) {
                continue;
            }
            if (seen == ConditionTracker.Observation.REPEAT) {
                log(n, null, null, "merged", null);
                results.add(new ChannelResult.Merged(n.conditionKey()));
                continue;
            }
            boolean holdBack = quiet && n.severity() != AnomalySeverity.URGENT;
            for (NotificationChannelEntity channel : setup.channels(channelIds)) {
                results.add(send(n, channel, holdBack));
            }
        }
        DispatchReport report = new DispatchReport(results);
        LOG.info("notifications profile={} alerts={}: {}", profileId, alerts.size(), report.summary());
        return report;
    }

    /** Sends one notification on one channel now, whatever the rules say (the "send a test" button). */
    public ChannelResult sendNow(Notification n, NotificationChannelEntity channel) {
        return send(n, channel, false);
    }

    private ChannelResult send(Notification n, NotificationChannelEntity channel, boolean holdBack) {
        ChannelKind kind = ChannelKind.fromCode(channel.getKind()).orElse(null);
        if (kind == null) {
            return failed(n, channel, null, "unknown channel kind " + channel.getKind());
        }
        if (holdBack && !kind.silent()) {
            log(n, channel.getId(), kind, "quiet", null);
            return new ChannelResult.Held(n.conditionKey(), channel.getId(), kind);
        }
        try {
            NotificationChannel sender = registry.find(kind).orElseThrow(() -> new ChannelFailure(kind.label() + " is not available"));
            sender.send(n, ChannelConfig.parse(secrets.open(channel.getConfig())));
            log(n, channel.getId(), kind, "sent", null);
            return new ChannelResult.Sent(n.conditionKey(), channel.getId(), kind);
        } catch (Exception | LinkageError e) {
            String error = e instanceof ChannelFailure ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("notification {} on channel {} ({}) failed: {}", n.conditionKey(), channel.getId(), kind.code(), error);
            return failed(n, channel, kind, error);
        }
    }

    private ChannelResult failed(Notification n, NotificationChannelEntity channel, ChannelKind kind, String error) {
        log(n, channel.getId(), kind, "failed", error);
        return new ChannelResult.Failed(n.conditionKey(), channel.getId(), kind, error);
    }

    private static List<Notification> mergeByCondition(long profileId, List<Alert> alerts) {
        Map<String, List<Alert>> byCondition = new LinkedHashMap<>();
        alerts.forEach(a -> byCondition.computeIfAbsent(a.conditionKey(), key -> new ArrayList<>()).add(a));
        return byCondition.values().stream().map(same -> Notification.of(profileId, same)).toList();
    }

    private static boolean matches(NotificationRuleEntity rule, Notification n) {
        boolean category = rule.getCategory() == null || rule.getCategory().equals(n.category().name());
        return category && n.severity().compareTo(AnomalySeverity.valueOf(rule.getMinSeverity())) >= 0;
    }

    private boolean inQuietHours(long profileId) {
        return state.quietHours(profileId).map(h -> {
            ZoneId zone = profiles.findById(profileId).map(Profile::timeZone).orElse(ZoneOffset.UTC);
            return new QuietHours(h.start(), h.end()).contains(LocalTime.ofInstant(clock.instant(), zone));
        }).orElse(false);
    }

    private void log(Notification n, Long channelId, ChannelKind kind, String status, String error) {
        logs.add(new NotificationLogRepository.Entry(n.profileId(), channelId, kind == null ? null : kind.code(),
                n.conditionKey(), n.severity().name(), n.headline(), status, error, clock.instant()));
    }
}
