package io.relance.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build produced, deployed as relance.war (the name the OIDC configuration protects). */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive relance() {
        return ShrinkWrap.create(ZipImporter.class, "relance.war")
                .importFrom(new File(System.getProperty("relance.war")))
                .as(WebArchive.class);
    }

    /**
     * The jars (as the test JVM found them, in the local Maven repository) holding these classes,
     * for a test that needs a test-scoped library inside the server (jqwik's generators).
     */
    public static File[] jarsOf(String... classNames) {
        File[] jars = new File[classNames.length];
        for (int i = 0; i < classNames.length; i++) {
            try {
                jars[i] = new File(Class.forName(classNames[i]).getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (ClassNotFoundException | java.net.URISyntaxException e) {
                throw new IllegalStateException("no jar for " + classNames[i], e);
            }
        }
        return jars;
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
