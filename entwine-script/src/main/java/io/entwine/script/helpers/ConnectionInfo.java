package io.entwine.script.helpers;

/**
 * {@code connection} (and its old alias {@code relation}): the connection's name and both sides' node
 * names, as {@code connection.name} and {@code connection.remoteInstance.name}. Immutable.
 */
public final class ConnectionInfo {
    private final String name;
    private final Instance localInstance;
    private final Instance remoteInstance;

    public ConnectionInfo(String name, String localNodeName, String remoteNodeName) {
        this.name = name;
        this.localInstance = new Instance(localNodeName);
        this.remoteInstance = new Instance(remoteNodeName);
    }

    public String getName() { return name; }
    public Instance getLocalInstance() { return localInstance; }
    public Instance getRemoteInstance() { return remoteInstance; }

    @Override
    public String toString() { return name; }

    /** One side of the connection. */
    public static final class Instance {
        private final String name;

        public Instance(String name) {
            this.name = name;
        }

        public String getName() { return name; }

        @Override
        public String toString() { return name; }
    }
}
