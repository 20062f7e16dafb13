package io.entwine.store.internal;

import io.entwine.store.errors.StoreConflictException;
import io.entwine.store.errors.StoreException;
import io.entwine.store.errors.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns Jdbi/JDBC failures into the store's exceptions, classified by SQLState. Messages are built from the
 * driver's message only: Jdbi's own message lists bound arguments, which may hold secrets or configuration.
 */
public final class StoreFailures {
    private StoreFailures() {
    }

    public static RuntimeException translate(JdbiException failure, String where) {
        SQLException sql = findSqlException(failure);
        String state = sql == null ? null : sql.getSQLState();
        String reason = sql != null ? sql.getMessage() : failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
        String message = where + " failed" + (state == null ? "" : " (SQLState " + state + ")") + ": " + reason;
        if (isUnavailable(sql, state)) {
            return new StoreUnavailableException(message + "; the transaction was rolled back and may be retried", failure);
        }
        if (state != null && state.startsWith("23")) {
            return new StoreConflictException(message, failure);
        }
        return new StoreException(message, failure);
    }

    private static boolean isUnavailable(SQLException sql, String state) {
        if (sql instanceof SQLTransientException) return true;
        if (state == null) return sql == null; // no SQL reason at all: connection-level trouble in Jdbi/Hikari
        return state.startsWith("08")        // connection exception
                || state.startsWith("40")     // serialization failure, deadlock (PostgreSQL 40001/40P01, H2 40001)
                || state.startsWith("53")     // insufficient resources (PostgreSQL)
                || state.startsWith("57P")    // server shutting down (PostgreSQL)
                || state.equals("55P03")      // lock not available (PostgreSQL)
                || state.equals("HYT00")      // lock timeout (H2)
                || state.equals("90131");     // concurrent update (H2)
    }

    private static SQLException findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) return sql;
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
