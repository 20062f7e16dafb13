package io.entwine.emulator.github;

/** A repository label. Names are unique per repository, compared case-insensitively as GitHub does. */
final class Label {
    final long id;
    String name;
    String color;
    String description;
    final boolean isDefault;

    Label(long id, String name, String color, String description, boolean isDefault) {
        this.id = id;
        this.name = name;
        this.color = color;
        this.description = description;
        this.isDefault = isDefault;
    }
}
