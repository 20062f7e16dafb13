package io.entwine.script.helpers;

/**
 * A link type of the local tracker ({@code nodeHelper.getIssueLinkType(name)}): its name, and the wording of each
 * direction when known.
 */
public record IssueLinkType(String id, String name, String inward, String outward) {

    public String getId() { return id; }
    public String getName() { return name; }
    public String getInward() { return inward; }
    public String getOutward() { return outward; }

    @Override
    public String toString() { return name; }
}
