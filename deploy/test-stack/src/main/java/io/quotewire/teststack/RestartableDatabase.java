package io.quotewire.teststack;

import java.util.Map;

/** A running test database that a fault test can stop and start again with the same data, address and port. */
interface RestartableDatabase {

    /** The Quarkus datasource configuration (URL, user, password) of this database. */
    Map<String, String> quarkusConfig();

    /** Stops the server; connections are refused until {@link #start()}. */
    void stop();

    /** Starts the stopped server again on the same port with the same data. */
    void start();
}
