package io.entwine.testkit;

/**
 * Where to reach one fresh, empty PostgreSQL database of the embedded test server. The server trusts
 * loopback connections, so the password is empty.
 */
public record PostgresDatabase(String name, String jdbcUrl, String user, String password) {
    @Override
    public String toString() {
        return "PostgresDatabase[" + jdbcUrl + " as " + user + "]";
    }
}
