package org.pulseport.providers.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the items of one or more paged collections, one after the other, fetching a page only when the
 * consumer has used up the previous one. A consumer that stops early (limit, findFirst, close) causes no
 * further requests.
 */
public final class Paging {

    private static final Logger LOG = LoggerFactory.getLogger(Paging.class);

    private Paging() {
    }

    /** The items of all pages of {@code sources}, in order. */
    public static <T> Stream<T> stream(List<PageSource<T>> sources) {
        return stream(() -> sources);
    }

    /**
     * Like {@link #stream(List)}, but the list of sources itself is computed on first use (when working out
     * the sources needs a request, e.g. asking a provider which range holds data).
     */
    public static <T> Stream<T> stream(Supplier<List<PageSource<T>>> sources) {
        return StreamSupport.stream(new PagedSpliterator<>(sources), false);
    }

    private static final class PagedSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

        private final Supplier<List<PageSource<T>>> sourceList;
        private final Deque<T> buffer = new ArrayDeque<>();
        private Iterator<PageSource<T>> sources;
        private PageSource<T> current;
        private Optional<String> cursor = Optional.empty();

        PagedSpliterator(Supplier<List<PageSource<T>>> sourceList) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.sourceList = sourceList;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (buffer.isEmpty()) {
                if (!fetchNextPage()) {
                    return false;
                }
            }
            action.accept(buffer.poll());
            return true;
        }

        /**
         * Fetches the next page of the current source or the first page of the next source. Records are mapped
         * one by one upstream, so a malformed structure reaching here is the answer itself: a provider error.
         */
        private boolean fetchNextPage() {
            try {
                return fetchNextPageOrFail();
            } catch (MalformedRecordException unexpected) {
                throw new PulseportException(new PulseportError.ProviderError(
                        "a provider answered in an unexpected shape: " + unexpected.getMessage()), unexpected);
            }
        }

        private boolean fetchNextPageOrFail() {
            if (sources == null) {
                sources = sourceList.get().iterator();
            }
            if (current == null) {
                if (!sources.hasNext()) {
                    return false;
                }
                current = sources.next();
                cursor = Optional.empty();
            }
            Page<T> page = current.fetch(cursor);
            buffer.addAll(page.items());
            if (page.next().isPresent() && !page.next().equals(cursor)) {
                cursor = page.next();
            } else {
                if (page.next().isPresent()) {
                    LOG.warn("A provider returned the same page cursor twice; stopping that collection");
                }
                current = null;
            }
            return true;
        }
    }
}
