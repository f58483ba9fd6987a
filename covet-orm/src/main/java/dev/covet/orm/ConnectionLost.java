package dev.covet.orm;

import java.sql.SQLException;

/** The connection to the database failed or was closed. */
public class ConnectionLost extends OperationalError {
    public ConnectionLost(String message, SQLException cause) {
        super(message, cause);
    }
}
