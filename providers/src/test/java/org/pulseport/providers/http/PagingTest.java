package org.pulseport.providers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

class PagingTest {

    private final List<String> fetched = new ArrayList<>();

    /** Three pages a, b, c of two items each, recording every fetch. */
    private PageSource<String> threePages(String name) {
        return cursor -> {
            String page = cursor.orElse("a");
            fetched.add(name + ":" + page);
            Optional<String> next = page.equals("a") ? Optional.of("b") : page.equals("b") ? Optional.of("c") : Optional.empty();
            return new Page<>(List.of(name + page + "1", name + page + "2"), next);
        };
    }

    @Test
    void concatenatesAllPagesOfAllSourcesInOrder() {
        assertThat(Paging.stream(List.of(threePages("x"), threePages("y"))).toList())
                .containsExactly("xa1", "xa2", "xb1", "xb2", "xc1", "xc2", "ya1", "ya2", "yb1", "yb2", "yc1", "yc2");
        assertThat(fetched).containsExactly("x:a", "x:b", "x:c", "y:a", "y:b", "y:c");
    }

    @Test
    void fetchesNoMorePagesThanTheConsumerNeeds() {
        try (Stream<String> items = Paging.stream(List.of(threePages("x"), threePages("y")))) {
            assertThat(fetched).isEmpty();
            assertThat(items.limit(3).toList()).containsExactly("xa1", "xa2", "xb1");
        }
        assertThat(fetched).containsExactly("x:a", "x:b");
    }

    @Test
    void emptyPagesAreSkipped() {
        PageSource<String> emptyThenOne = cursor -> cursor.isEmpty() ? new Page<>(List.of(), Optional.of("2"))
                : Page.last(List.of("only"));

        assertThat(Paging.stream(List.of(emptyThenOne)).toList()).containsExactly("only");
    }

    @Test
    void aRepeatedCursorEndsTheCollectionInsteadOfLoopingForever() {
        PageSource<String> stuck = cursor -> new Page<>(List.of("item"), Optional.of("same"));

        assertThat(Paging.stream(List.of(stuck)).toList()).containsExactly("item", "item");
    }

    @Test
    void anAnswerOfUnexpectedShapeIsAProviderError() {
        PageSource<String> broken = cursor -> {
            throw new MalformedRecordException("field 'data' is not an array");
        };

        assertThatThrownBy(() -> Paging.stream(List.of(broken)).toList()).isInstanceOfSatisfying(PulseportException.class,
                e -> assertThat(e.error()).isInstanceOf(PulseportError.ProviderError.class));
    }
}
