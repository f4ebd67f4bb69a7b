package io.relance.infrastructure.persistence;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Flyway owns the schema and Hibernate validates nothing against it: an entity that maps a column
 * the migrations never created only fails when a query runs. This builds Hibernate's mapping of
 * every entity (they live in the domain), with the settings of persistence.xml and no database, and compares each table's
 * columns with the list taken from the migrated schema's mapping ({@code entity-columns.txt}), so
 * that reshaping an entity (a mapped superclass, an embeddable) cannot move a column unseen.
 */
class EntityColumnsTest {

    @Test
    void everyEntityMapsTheColumnsItMappedBefore() throws Exception {
        assertEquals(expected(), mapped());
    }

    private static String mapped() throws Exception {
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder();
        persistenceXmlProperties(settings);
        StandardServiceRegistry registry = settings.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (JavaClass c : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                    .importPackages("io.relance.domain")) {
                if (c.isAnnotatedWith(Entity.class)) {
                    sources.addAnnotatedClass(c.reflect());
                }
            }
            Metadata metadata = sources.buildMetadata();
            TreeMap<String, TreeSet<String>> columns = new TreeMap<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                columns.put(entity.getTable().getName(), entity.getTable().getColumns().stream().map(Column::getName)
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
            return columns.entrySet().stream().map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                    .collect(Collectors.joining("\n", "", "\n"));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The unit's own settings (dialect, naming, no metadata access), so the test maps as the server does. */
    private static void persistenceXmlProperties(StandardServiceRegistryBuilder settings) throws Exception {
        try (InputStream in = EntityColumnsTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Objects.requireNonNull(in)).getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element p = (Element) properties.item(i);
                settings.applySetting(p.getAttribute("name"), p.getAttribute("value"));
            }
        }
    }

    private static String expected() throws Exception {
        try (InputStream in = EntityColumnsTest.class.getResourceAsStream("entity-columns.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
