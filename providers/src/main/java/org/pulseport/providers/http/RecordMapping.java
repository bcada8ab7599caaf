package org.pulseport.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the records of one page, skipping (with a warning naming the record id and the reason) any record
 * that cannot be understood, so one bad record never costs the rest of the page.
 */
public final class RecordMapping {

    private static final Logger LOG = LoggerFactory.getLogger(RecordMapping.class);

    private RecordMapping() {
    }

    public static <R> List<R> mapEach(String provider, String collection, List<JsonNode> records,
                                      Function<JsonNode, List<R>> mapper) {
        List<R> mapped = new ArrayList<>(records.size() * 2);
        for (JsonNode record : records) {
            try {
                mapped.addAll(mapper.apply(record));
            } catch (MalformedRecordException | DateTimeException | IllegalArgumentException bad) {
                LOG.warn("{} {}: skipped record {}: {}", provider, collection,
                        record.path("id").asText("without id"), bad.getMessage());
            }
        }
        return mapped;
    }
}
