package io.entwine.core;

/**
 * Who this node is to its peers: a name shown on the other side, the URL peers reach it at, and the
 * connector kind of the tracker it serves.
 */
public record NodeIdentity(String name, String publicUrl, String connectorKind) {
    public NodeIdentity {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
