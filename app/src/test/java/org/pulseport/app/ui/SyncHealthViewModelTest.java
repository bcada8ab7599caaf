package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;
import org.pulseport.app.testing.QueueRows;
import org.pulseport.app.testing.StoredSecrets;
import org.pulseport.core.model.Profile;

/** The Sync health panel's view model on a real store with queue entries in every state; work runs inline. */
class SyncHealthViewModelTest {

    @TempDir
    Path dir;
    private AtomicReference<Profile> selection;

    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    private AppSession session;
    private SyncHealthViewModel vm;
    private Profile bea;

    @BeforeEach
    void open() {
        session = AppSession.open(dir, false, Map.of(), step -> { });
        Profile ann = session.context().profiles().ensure("Ann", ZoneId.of("UTC"));
        bea = session.context().profiles().ensure("Bea", ZoneId.of("Europe/Vienna"));
        AtomicReference<Profile> selected = new AtomicReference<>(ann);
        selection = selected;
        vm = new SyncHealthViewModel(session.context().workoutSync().monitor(), inline, selected::get);
        new QueueRows(dir, bea.id()).pending("wahoo", "workout", "delete")
                .failed("trainingpeaks", "delete", "record_not_found", "trainingpeaks answered 404", 0);
        new QueueRows(dir, ann.id())
                .pending("wahoo", "workout", "create").pending("wahoo", "workout", "create")
                .pending("wahoo", "workout_scheduled", "update").pending("garmin-usb", "workout", "create")
                .retrying("trainingpeaks", "provider_error", "trainingpeaks answered 503 to /v2/workouts/plan", 1)
                .retrying("wahoo", "rate_limit", "wahoo answered 429", 0)
                .succeeded("wahoo", 3).succeeded("garmin", 1)
                .failed("garmin", "update", "provider_error", "garmin answered 500 to /training-api/workout/v2/77", 3)
                .failed("wahoo", "create", "auth_error", "Wahoo refused to renew the sign-in; reconnect it in Connections", 0);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheFourMonitoringQueries() {
        vm.load();

        assertThat(vm.summaryProperty().get()).isEqualTo("6 pending (2 waiting for a retry), 2 failed.");
        assertThat(vm.pending()).containsExactly(
                new QueueMonitoring.PendingCount("garmin-usb", "create", "workout", 1),
                new QueueMonitoring.PendingCount("trainingpeaks", "update", "workout", 1),
                new QueueMonitoring.PendingCount("wahoo", "create", "workout", 2),
                new QueueMonitoring.PendingCount("wahoo", "update", "workout", 1),
                new QueueMonitoring.PendingCount("wahoo", "update", "workout_scheduled", 1));
        assertThat(vm.errorPatterns()).containsExactly(new QueueMonitoring.ErrorCount("provider_error", 1),
                new QueueMonitoring.ErrorCount("rate_limit", 1));
        assertThat(vm.successRates()).containsExactly(new QueueMonitoring.SuccessRate("garmin", 2, 1, 50.0),
                new QueueMonitoring.SuccessRate("wahoo", 4, 3, 75.0));
        assertThat(vm.successRates()).extracting(SyncHealthViewModel::rate).containsExactly("50.00 %", "75.00 %");
        assertThat(vm.failed()).extracting(QueueEntry::provider, QueueEntry::errorType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wahoo", "auth_error"),
                        org.assertj.core.groups.Tuple.tuple("garmin", "provider_error"));
        QueueEntry permanent = vm.failed().get(1);
        assertThat(SyncHealthViewModel.attempts(permanent)).isEqualTo("3 retries used");
        assertThat(SyncHealthViewModel.attempts(vm.failed().get(0))).isEqualTo("not retried");
        assertThat(SyncHealthViewModel.error(permanent)).isEqualTo("provider_error: garmin answered 500 to /training-api/workout/v2/77");
        assertThat(vm.when(permanent)).matches("\\d{1,2} [A-Z][a-z]{2}, \\d{2}:\\d{2}");
    }

    @Test
    void showsTheSelectedProfileOrEveryProfileWhenAsked() {
        vm.load();
        assertThat(vm.scopeProperty().get()).startsWith("Ann's workout sync queue: what waits");

        vm.allProfilesProperty().set(true);
        vm.load();
        assertThat(vm.scopeProperty().get()).startsWith("The workout sync queue of all profiles");
        assertThat(vm.summaryProperty().get()).isEqualTo("7 pending (2 waiting for a retry), 3 failed.");
        assertThat(vm.pending()).contains(new QueueMonitoring.PendingCount("wahoo", "delete", "workout", 1));

        vm.allProfilesProperty().set(false);
        selection.set(bea);
        vm.load();
        assertThat(vm.scopeProperty().get()).startsWith("Bea's workout sync queue");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 pending (0 waiting for a retry), 1 failed.");
        assertThat(vm.failed()).extracting(QueueEntry::provider).containsExactly("trainingpeaks");
        assertThat(vm.successRates()).extracting(QueueMonitoring.SuccessRate::provider).containsExactly("trainingpeaks");
    }

    @Test
    void retryQueuesAFailedOperationAgainWithAFreshBudgetAndDiscardDropsIt() {
        vm.load();
        QueueEntry permanent = vm.failed().get(1);

        vm.retry(permanent);

        assertThat(vm.messageProperty().get()).isEqualTo("garmin: workout update is queued again and runs with the next batch.");
        assertThat(vm.failed()).extracting(QueueEntry::provider).containsExactly("wahoo");
        assertThat(vm.pending()).contains(new QueueMonitoring.PendingCount("garmin", "update", "workout", 1));
        assertThat(StoredSecrets.query(dir, "SELECT retry_count FROM workout_sync_queue WHERE id = '" + permanent.id() + "'"))
                .hasValue("0");

        QueueEntry auth = vm.failed().get(0);
        vm.discard(auth);

        assertThat(vm.messageProperty().get()).isEqualTo("wahoo: workout create was discarded.");
        assertThat(vm.failed()).isEmpty();
        vm.discard(auth);
        assertThat(vm.messageProperty().get()).isEqualTo("That operation was already retried or discarded.");
    }

    @Test
    void anEmptyQueueIsAllCaughtUp() {
        StoredSecrets.update(dir, "DELETE FROM workout_sync_queue");

        vm.load();

        assertThat(vm.summaryProperty().get()).isEqualTo("All caught up: nothing pending, nothing failed.");
        assertThat(vm.pending()).isEmpty();
        assertThat(vm.failed()).isEmpty();
        assertThat(vm.successRates()).isEmpty();
    }
}
