package io.quotewire.bench.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the store's statistics and full-text indexes up to date after a bulk fill, as autovacuum does on its own
 * some minutes later: without it the queries right after a fill are planned on the row counts of an emptier table
 * (a sequential scan of every article for a common word, 57 ms at 9,300 articles) and read the GIN indexes' pending
 * lists unmerged, which no reader of a store filled at its own pace sees.
 */
public final class StoreMaintenance {

    /** The local stack's database superuser (deploy/local-stack PostgresServer). */
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String DATABASE = "quotewire";

    private StoreMaintenance() {}

    /** Runs VACUUM ANALYZE on the database on {@code port}; returns how many seconds it took. */
    public static double vacuumAnalyze(int port) throws SQLException {
        long started = System.nanoTime();
        String url = "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE)");
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
