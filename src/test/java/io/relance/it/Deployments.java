package io.relance.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build produced, deployed as relance.war (the name the OIDC configuration protects). */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The WAR with an in-container test that opens a run's first slot by moving the server's clock
     * ({@link FirstSlot}, with the {@link TenantSql} and {@link InTenant} it uses).
     */
    static WebArchive withFirstSlot(Class<?> test) {
        return relance().addClasses(test, InTenant.class, TenantSql.class, FirstSlot.class);
    }

    public static WebArchive relance() {
        return ShrinkWrap.create(ZipImporter.class, "relance.war")
                .importFrom(new File(System.getProperty("relance.war")))
                .as(WebArchive.class);
    }

    /**
     * jqwik's generators for a test that draws random data inside the server: its API, its engine
     * without the JUnit test-engine registration (the server's test runner is Jupiter's; jqwik's
     * engine would go looking for properties there), and the annotations they carry. The jars are
     * the ones the test JVM found in the local Maven repository.
     */
    public static JavaArchive[] jqwikGenerators() {
        JavaArchive engine = jarOf("net.jqwik.engine.JqwikTestEngine");
        engine.delete("META-INF/services/org.junit.platform.engine.TestEngine");
        return new JavaArchive[]{jarOf("net.jqwik.api.Arbitraries"), engine, jarOf("org.apiguardian.api.API")};
    }

    private static JavaArchive jarOf(String className) {
        try {
            File jar = new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.create(ZipImporter.class, jar.getName()).importFrom(jar).as(JavaArchive.class);
        } catch (ClassNotFoundException | java.net.URISyntaxException e) {
            throw new IllegalStateException("no jar for " + className, e);
        }
    }

    /** From the test JVM (failsafe's properties) or inside the server (its environment), whatever the ports. */
    public static String appUrl() {
        String port = System.getProperty("relance.http.port");
        if (port == null && System.getenv("RELANCE_PUBLIC_URL") != null) {
            return System.getenv("RELANCE_PUBLIC_URL");
        }
        return "http://localhost:" + (port == null ? "9080" : port);
    }

    public static String keycloakUrl() {
        String port = System.getProperty("relance.keycloak.port");
        if (port == null && System.getenv("KEYCLOAK_URL") != null) {
            return System.getenv("KEYCLOAK_URL");
        }
        return "http://localhost:" + (port == null ? "9180" : port);
    }
}
