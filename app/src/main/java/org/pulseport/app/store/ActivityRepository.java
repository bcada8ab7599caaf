package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.DeviceIdentity;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.Lap;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.Sport;

/**
 * Imported activities (ADR 0005): the summary row, its laps, and one compressed row per recorded channel. An
 * activity is written in one transaction, so it is either there completely or not at all; a profile never holds
 * the same file (SHA-256) or the same device recording (serial number and start time) twice.
 */
public final class ActivityRepository {

    private static final String TIME_CHANNEL = "time";
    private static final String SUMMARY_COLUMNS = "id, profile_id, sport, start_time, utc_offset_seconds, elapsed_ms,"
            + " timer_ms, distance_m, avg_heart_rate, max_heart_rate, avg_power, max_power, avg_cadence, ascent_m,"
            + " calories, device_manufacturer, device_product, device_serial, file_name, record_count, warnings,"
            + " imported_at";
    private static final String INSERT_ACTIVITY = "INSERT INTO activities (profile_id, source_id, sport, start_time,"
            + " utc_offset_seconds, elapsed_ms, timer_ms, distance_m, avg_heart_rate, max_heart_rate, avg_power,"
            + " max_power, avg_cadence, ascent_m, calories, device_manufacturer, device_product, device_serial,"
            + " file_name, file_sha256, record_count, warnings, imported_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LAP = "INSERT INTO activity_laps (activity_id, lap_index, start_time, elapsed_ms,"
            + " timer_ms, distance_m, avg_heart_rate, max_heart_rate, avg_power, max_power, avg_cadence, calories)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STREAM = "INSERT INTO activity_streams (activity_id, channel, encoding,"
            + " sample_count, payload) VALUES (?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Jdbc jdbc;
    private final Clock clock;

    public ActivityRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    /** Stores the activity unless the profile already has its file or its device recording. */
    public ActivityInsert insert(NewActivity activity) {
        Optional<ActivityInsert.Duplicate> existing = duplicateOf(activity);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id = insertSummary(c, activity);
                insertLaps(c, id, activity.activity().laps());
                insertStreams(c, id, activity.activity().records());
                c.commit();
                return new ActivityInsert.Inserted(id);
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState())) {
                    return duplicateOf(activity).orElseThrow(() -> new StoreQueryException("storing an activity", e));
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreQueryException("storing the activity from " + activity.fileName(), e);
        }
    }

    /** The stored activity with the same file hash, or the same device serial number and start time. */
    public Optional<ActivityInsert.Duplicate> duplicateOf(NewActivity activity) {
        Optional<ActivityInsert.Duplicate> sameFile = findByFileHash(activity.profileId(), activity.sha256());
        if (sameFile.isPresent()) {
            return sameFile;
        }
        ActivitySummary summary = activity.activity().summary();
        OptionalLong serial = summary.device().map(DeviceIdentity::serialNumber).orElse(OptionalLong.empty());
        if (serial.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sameRecording = jdbc.query("looking up an activity by device and start",
                "SELECT id FROM activities WHERE profile_id = ? AND device_serial = ? AND start_time = ?", s -> {
                    s.setLong(1, activity.profileId());
                    s.setLong(2, serial.getAsLong());
                    Jdbc.setInstant(s, 3, summary.start());
                }, rs -> rs.getLong(1));
        return sameRecording.stream().findFirst().map(id -> new ActivityInsert.Duplicate(id,
                "the same recording (device " + serial.getAsLong() + ", started " + summary.start() + ") was imported before"));
    }

    /** The profile's activity imported from a file with this SHA-256 (hex), if any. */
    public Optional<ActivityInsert.Duplicate> findByFileHash(long profileId, String sha256) {
        return jdbc.query("looking up an activity by file hash",
                "SELECT id FROM activities WHERE profile_id = ? AND file_sha256 = ?", s -> {
                    s.setLong(1, profileId);
                    s.setString(2, sha256);
                }, rs -> new ActivityInsert.Duplicate(rs.getLong(1), "the same file was imported before"))
                .stream().findFirst();
    }

    /** The names of the files already imported from a source (a head unit's activity folder). */
    public java.util.Set<String> importedFileNames(long sourceId) {
        return java.util.Set.copyOf(jdbc.query("listing the files imported from a source",
                "SELECT file_name FROM activities WHERE source_id = ?", s -> s.setLong(1, sourceId),
                rs -> rs.getString(1)));
    }

    /** The profile's activities, newest first. */
    public List<StoredActivity> list(long profileId) {
        return jdbc.query("listing activities", "SELECT " + SUMMARY_COLUMNS
                + " FROM activities WHERE profile_id = ? ORDER BY start_time DESC, id DESC",
                s -> s.setLong(1, profileId), ActivityRepository::stored);
    }

    public Optional<StoredActivity> find(long activityId) {
        return jdbc.query("reading an activity", "SELECT " + SUMMARY_COLUMNS + " FROM activities WHERE id = ?",
                s -> s.setLong(1, activityId), ActivityRepository::stored).stream().findFirst();
    }

    public List<Lap> laps(long activityId) {
        return jdbc.query("reading the laps of an activity", "SELECT start_time, elapsed_ms, timer_ms, distance_m,"
                        + " avg_heart_rate, max_heart_rate, avg_power, max_power, avg_cadence, calories"
                        + " FROM activity_laps WHERE activity_id = ? ORDER BY lap_index",
                s -> s.setLong(1, activityId), rs -> new Lap(Jdbc.instant(rs, "start_time"),
                        Duration.ofMillis(rs.getLong("elapsed_ms")), Duration.ofMillis(rs.getLong("timer_ms")),
                        optionalDouble(rs, "distance_m"), efforts(rs), optionalInt(rs, "calories")));
    }

    /** The recorded streams of an activity, exactly as stored. */
    public RecordStreams streams(long activityId) {
        List<StoredColumn> columns = jdbc.query("reading the streams of an activity",
                "SELECT channel, encoding, sample_count, payload FROM activity_streams WHERE activity_id = ?",
                s -> s.setLong(1, activityId), rs -> new StoredColumn(rs.getString("channel"), rs.getString("encoding"),
                        rs.getInt("sample_count"), rs.getBytes("payload")));
        long[] times = new long[0];
        Map<Channel, double[]> values = new EnumMap<>(Channel.class);
        for (StoredColumn column : columns) {
            if (column.channel().equals(TIME_CHANNEL)) {
                times = StreamCodec.decodeTimes(column.payload(), column.count());
            } else {
                values.put(Channel.valueOf(column.channel().toUpperCase(Locale.ROOT)),
                        StreamCodec.decodeValues(column.encoding(), column.payload(), column.count()));
            }
        }
        RecordStreams.Builder builder = RecordStreams.builder();
        for (int i = 0; i < times.length; i++) {
            builder.add(times[i]);
            for (Map.Entry<Channel, double[]> entry : values.entrySet()) {
                builder.set(entry.getKey(), entry.getValue()[i]);
            }
        }
        return builder.build();
    }

    private record StoredColumn(String channel, String encoding, int count, byte[] payload) {
    }

    private long insertSummary(Connection c, NewActivity activity) throws SQLException {
        Activity a = activity.activity();
        ActivitySummary summary = a.summary();
        Optional<DeviceIdentity> device = summary.device();
        try (PreparedStatement s = c.prepareStatement(INSERT_ACTIVITY, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, activity.profileId());
            if (activity.sourceId().isPresent()) {
                s.setLong(2, activity.sourceId().getAsLong());
            } else {
                s.setNull(2, Types.BIGINT);
            }
            s.setString(3, summary.sport().name());
            Jdbc.setInstant(s, 4, summary.start());
            s.setInt(5, summary.utcOffset().getTotalSeconds());
            s.setLong(6, summary.elapsed().toMillis());
            s.setLong(7, summary.timer().toMillis());
            setDouble(s, 8, summary.distanceMeters());
            setEfforts(s, 9, summary.efforts());
            setDouble(s, 14, summary.ascentMeters());
            setInt(s, 15, summary.calories());
            setInt(s, 16, device.map(DeviceIdentity::manufacturer).orElse(OptionalInt.empty()));
            setInt(s, 17, device.map(DeviceIdentity::product).orElse(OptionalInt.empty()));
            OptionalLong serial = device.map(DeviceIdentity::serialNumber).orElse(OptionalLong.empty());
            if (serial.isPresent()) {
                s.setLong(18, serial.getAsLong());
            } else {
                s.setNull(18, Types.BIGINT);
            }
            s.setString(19, Jdbc.truncate(activity.fileName(), 255));
            s.setString(20, activity.sha256());
            s.setInt(21, a.records().size());
            s.setString(22, activity.warnings().isEmpty() ? null : Jdbc.truncate(String.join("\n", activity.warnings()), 2000));
            Jdbc.setInstant(s, 23, clock.instant());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertLaps(Connection c, long activityId, List<Lap> laps) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_LAP)) {
            for (int i = 0; i < laps.size(); i++) {
                Lap lap = laps.get(i);
                s.setLong(1, activityId);
                s.setInt(2, i);
                Jdbc.setInstant(s, 3, lap.start());
                s.setLong(4, lap.elapsed().toMillis());
                s.setLong(5, lap.timer().toMillis());
                setDouble(s, 6, lap.distanceMeters());
                setEfforts(s, 7, lap.efforts());
                setInt(s, 12, lap.calories());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertStreams(Connection c, long activityId, RecordStreams records) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_STREAM)) {
            addStream(s, activityId, TIME_CHANNEL, StreamCodec.TIMES, records.size(),
                    StreamCodec.encodeTimes(records.epochSeconds()));
            for (Channel channel : sorted(records)) {
                StreamCodec.Encoded encoded = StreamCodec.encodeValues(records.column(channel));
                addStream(s, activityId, channel.name().toLowerCase(Locale.ROOT), encoded.encoding(), records.size(),
                        encoded.payload());
            }
            s.executeBatch();
        }
    }

    private static List<Channel> sorted(RecordStreams records) {
        Channel[] channels = records.channels().toArray(new Channel[0]);
        Arrays.sort(channels);
        return List.of(channels);
    }

    private static void addStream(PreparedStatement s, long activityId, String channel, String encoding, int count,
                                  byte[] payload) throws SQLException {
        s.setLong(1, activityId);
        s.setString(2, channel);
        s.setString(3, encoding);
        s.setInt(4, count);
        s.setBytes(5, payload);
        s.addBatch();
    }

    private static StoredActivity stored(ResultSet rs) throws SQLException {
        OptionalInt manufacturer = optionalInt(rs, "device_manufacturer");
        OptionalInt product = optionalInt(rs, "device_product");
        long serialValue = rs.getLong("device_serial");
        OptionalLong serial = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(serialValue);
        Optional<DeviceIdentity> device = manufacturer.isEmpty() && product.isEmpty() && serial.isEmpty()
                ? Optional.empty() : Optional.of(new DeviceIdentity(manufacturer, product, serial));
        ActivitySummary summary = new ActivitySummary(Sport.valueOf(rs.getString("sport")), Jdbc.instant(rs, "start_time"),
                ZoneOffset.ofTotalSeconds(rs.getInt("utc_offset_seconds")), Duration.ofMillis(rs.getLong("elapsed_ms")),
                Duration.ofMillis(rs.getLong("timer_ms")), optionalDouble(rs, "distance_m"), efforts(rs),
                optionalDouble(rs, "ascent_m"), optionalInt(rs, "calories"), device);
        String warnings = rs.getString("warnings");
        return new StoredActivity(rs.getLong("id"), rs.getLong("profile_id"), summary, rs.getString("file_name"),
                rs.getInt("record_count"), warnings == null ? List.of() : List.of(warnings.split("\n")),
                Jdbc.instant(rs, "imported_at"));
    }

    private static Efforts efforts(ResultSet rs) throws SQLException {
        return new Efforts(optionalInt(rs, "avg_heart_rate"), optionalInt(rs, "max_heart_rate"),
                optionalInt(rs, "avg_power"), optionalInt(rs, "max_power"), optionalInt(rs, "avg_cadence"));
    }

    private static void setEfforts(PreparedStatement s, int first, Efforts efforts) throws SQLException {
        setInt(s, first, efforts.avgHeartRate());
        setInt(s, first + 1, efforts.maxHeartRate());
        setInt(s, first + 2, efforts.avgPower());
        setInt(s, first + 3, efforts.maxPower());
        setInt(s, first + 4, efforts.avgCadence());
    }

    private static void setInt(PreparedStatement s, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.getAsInt());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    private static void setDouble(PreparedStatement s, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            s.setDouble(index, value.getAsDouble());
        } else {
            s.setNull(index, Types.DOUBLE);
        }
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
