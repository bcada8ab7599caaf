package org.pulseport.devices.download;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.pulseport.core.model.Sample;

/** Turns a source of sample batches (one device request each) into a lazy, cancellable {@link Stream}. */
public final class LazySamples {

    /** Produces samples one device request at a time; a batch may be empty when all its records were skipped. */
    public interface BatchSource {
        boolean hasMore();

        List<Sample> nextBatch() throws DeviceException;
    }

    private LazySamples() {
    }

    public static Stream<Sample> stream(BatchSource source, CancellationToken cancellation, Runnable onClose) {
        Spliterator<Sample> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private final Deque<Sample> pending = new ArrayDeque<>();

            @Override
            public boolean tryAdvance(Consumer<? super Sample> action) {
                while (pending.isEmpty() && source.hasMore()) {
                    cancellation.throwIfCancelled();
                    pending.addAll(fetch());
                }
                if (pending.isEmpty()) {
                    return false;
                }
                action.accept(pending.poll());
                return true;
            }

            private List<Sample> fetch() {
                try {
                    return source.nextBatch();
                } catch (DeviceException e) {
                    throw e.unchecked();
                }
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(onClose);
    }
}
