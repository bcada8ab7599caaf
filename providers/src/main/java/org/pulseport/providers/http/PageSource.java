package org.pulseport.providers.http;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fetches one page of a collection given the previous page's cursor (empty for the first page). Nothing is
 * requested until {@link #fetch} is called, which is what keeps connector streams lazy.
 */
@FunctionalInterface
public interface PageSource<T> {

    Page<T> fetch(Optional<String> cursor);

    /** The same pages with their items transformed page by page (e.g. JSON records to samples). */
    default <R> PageSource<R> mapItems(Function<List<T>, List<R>> transform) {
        return cursor -> {
            Page<T> page = fetch(cursor);
            return new Page<>(transform.apply(page.items()), page.next());
        };
    }
}
