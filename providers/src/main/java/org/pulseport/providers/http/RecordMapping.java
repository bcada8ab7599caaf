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
    private static final List<String> ID_FIELDS = List.of("id", "recordId", "cycle_id");

    private RecordMapping() {
    }

    public static <R> List<R> mapEach(String provider, String collection, List<JsonNode> records,
                                      Function<JsonNode, List<R>> mapper) {
        List<R> mapped = new ArrayList<>(records.size() * 2);
        for (JsonNode record : records) {
            try {
                mapped.addAll(mapper.apply(record));
            } catch (MalformedRecordException | DateTimeException | IllegalArgumentException bad) {
                LOG.warn("{} {}: skipped record {}: {}", provider, collection, idOf(record), bad.getMessage());
            }
        }
        return mapped;
    }

    /** The record's identifier under the names the providers use, for the warning. */
    private static String idOf(JsonNode record) {
        return ID_FIELDS.stream().map(record::path).filter(JsonNode::isValueNode).map(JsonNode::asText).findFirst()
                .orElse("without id");
    }
}
