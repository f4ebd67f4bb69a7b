package io.relance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house's map as rules: dependencies point inward (interfaces → application → domain),
 * infrastructure implements the ports the application owns, and no feature package is tied to
 * another in a cycle. A change that breaks the map fails the unit test phase.
 */
@AnalyzeClasses(packages = "io.relance", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainStandsAlone = noClasses().that().resideInAPackage("io.relance.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.relance.application..", "io.relance.infrastructure..", "io.relance.interfaces..")
            .because("the domain is the rules of the trade and nothing else");

    @ArchTest
    static final ArchRule infrastructureServesNoScreen = noClasses().that().resideInAPackage("io.relance.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("io.relance.interfaces..")
            .because("adapters implement ports; they never call the screens or the API");

    @ArchTest
    static final ArchRule nativeSqlOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackage("io.relance.infrastructure.persistence..")
            .should().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
            .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
            .because("SQL is the persistence adapters' business");

    @ArchTest
    static final ArchRule webBeansNeverTouchTheEntityManager = noClasses().that().resideInAPackage("io.relance.interfaces..")
            .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
            .because("screens and endpoints speak to use cases, not to the database");

    @ArchTest
    static final ArchRule applicationOwnsItsPorts = noClasses().that().resideInAPackage("io.relance.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.relance.infrastructure..", "io.relance.interfaces..")
            .because("the application declares the storage and outside services it needs as ports");

    @ArchTest
    static final ArchRule noFeatureCycles = slices().matching("io.relance.(*).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule applicationUsesPortsNotTheEntityManager = noClasses().that().resideInAPackage("io.relance.application..")
            .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
            .because("use cases reach storage through the ports their feature owns");
}
