package io.entwine.api.replica;

/**
 * A value that stands for a replica value without being one: the compatibility classes scripts written for
 * other sync tools construct (a mutable {@code BasicHubUser} that becomes a {@link HubUser}, for example). Every
 * lenient setter and the replica codec convert such a value through {@link #toReplicaValue()} before looking
 * at it, so a script may assign one wherever the replica value it stands for is expected.
 */
public interface ReplicaConvertible {

    /** The replica value this stands for (a Hub record or object, a String, a list...); may be null. */
    Object toReplicaValue();
}
