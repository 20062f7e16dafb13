package io.entwine.api.errors;

/** Configuration is missing or wrong (bad URL, rejected credentials, unknown project); names the setting. */
public class ConfigException extends SyncException {
    public ConfigException(String message) { super(message); }
    public ConfigException(String message, Throwable cause) { super(message, cause); }
}
