package io.entwine.emulator.github;

/** Where a routes class declares its operations; paths use Javalin's {@code {param}} syntax. */
interface RouteTable {
    void get(String path, Route route);

    void post(String path, Route route);

    void put(String path, Route route);

    void patch(String path, Route route);

    void delete(String path, Route route);
}
