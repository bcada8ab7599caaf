package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;

/** Job data is always text: stored as UTF-8 bytes, readable in the database and free of Java serialization. */
final class Utf8Serializer implements Serializer {

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : data.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (type != String.class && type != Void.class && type != Object.class) {
            throw new IllegalArgumentException("job data must be text, not " + type.getName());
        }
        return type == Void.class ? null : type.cast(new String(bytes, StandardCharsets.UTF_8));
    }
}
