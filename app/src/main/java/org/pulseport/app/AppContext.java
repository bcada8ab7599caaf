package org.pulseport.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.pulseport.app.engine.DemoData;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.app.engine.SettingsService;
import org.pulseport.app.engine.TrendService;
import org.pulseport.app.engine.WorkQueues;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SettingsRepository;
import org.pulseport.app.store.SourceRepository;

/**
 * The composition root: opens the store and wires the engine's services by hand (constructor injection, no
 * framework). One per running application; closing it stops the work queues and closes the database.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDirectory;
    private final Database database;
    private final WorkQueues queues;
    private final ProfileService profiles;
    private final SettingsService settings;
    private final TrendService trends;
    private final DemoData demoData;

    private AppContext(Path dataDirectory, Database database, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.queues = new WorkQueues();
        this.profiles = new ProfileService(new ProfileRepository(database.sessions()), clock);
        this.settings = new SettingsService(new SettingsRepository(database.dataSource(), database.dialect()));
        this.trends = new TrendService(new SampleQueries(database.dataSource()), clock);
        SampleWriter writer = new SampleWriter(database.dataSource(), database.dialect(), clock);
        this.demoData = new DemoData(profiles, new SourceRepository(database.sessions()), writer, clock);
    }

    /**
     * Opens the embedded store in a prepared, locked data directory.
     *
     * @throws org.pulseport.app.store.StoreException when the database cannot be used
     */
    public static AppContext open(Path dataDirectory, Clock clock, Consumer<String> progress) {
        return new AppContext(dataDirectory, Database.openEmbedded(dataDirectory, progress), clock);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public WorkQueues queues() {
        return queues;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public SettingsService settings() {
        return settings;
    }

    public TrendService trends() {
        return trends;
    }

    public DemoData demoData() {
        return demoData;
    }

    @Override
    public void close() {
        queues.close();
        database.close();
    }
}
