package io.entwine.core.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.core.protocol.MessageCodec;

/**
 * The payload of a LIFECYCLE_SEND event: the envelope type to send ({@code delete}, {@code unsync}, {@code resync},
 * {@code connect}) and the message body.
 */
record LifecycleMessage(String type, JsonNode body) {

    static String payload(String type, Object body) {
        return MessageCodec.write(new LifecycleMessage(type, MessageCodec.tree(MessageCodec.write(body))));
    }
}
