package vn.soi.web.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of work on one connection.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * Runs the work.
     *
     * @param connection an open connection, owned by the caller of the work
     * @return the result
     * @throws SQLException on any database error; the surrounding transaction is rolled back
     */
    T run(Connection connection) throws SQLException;
}
