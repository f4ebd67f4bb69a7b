package io.relance.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The test server's database, opened from the test JVM (failsafe names its port). */
final class TestDatabase {

    private static final String URL = "jdbc:mysql://localhost:" + System.getProperty("relance.db.port", "3306")
            + "/relance?useSSL=false&allowPublicKeyRetrieval=true";

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "root", "relance");
    }
}
