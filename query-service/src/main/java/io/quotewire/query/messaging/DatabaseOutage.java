package io.quotewire.query.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;

/** Tells a failure of the database's availability (worth waiting for) from a failure of the record itself. */
public final class DatabaseOutage {

    /**
     * PostgreSQL's "admin shutdown", "crash shutdown" and "cannot connect now" (server starting or stopping), and a
     * transaction it rolled back to break a deadlock or a serialisation conflict, which succeeds when tried again.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "40P01", "40001");

    private DatabaseOutage() {}

    /** {@link #causedBy} as the predicate {@code @RetryWhen} takes: retry an outage, fail anything else at once. */
    public static final class Recognised implements Predicate<Throwable> {

        @Override
        public boolean test(Throwable failure) {
            return causedBy(failure);
        }
    }

    /** True when some cause is a lost or refused connection, or a server shutting down or starting. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException failure) {
        String state = failure.getSQLState();
        if (state == null) {
            // Agroal reports an exhausted wait for a connection without a state.
            return failure.getMessage() != null && failure.getMessage().contains("Acquisition timeout");
        }
        // Class 08 is "connection exception" in the SQL standard.
        return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
    }
}
