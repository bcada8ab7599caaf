package org.pulseport.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the dependency rules of ARCHITECTURE.md: dependencies point one way, only the UI knows JavaFX. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pulseport");
    }

    @Test
    void coreKnowsNoLibraryButTheJdk() {
        classes().that().resideInAPackage("org.pulseport.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.pulseport.core..", "java..")
                .check(classes);
    }

    @Test
    void providersAndDeviceDriversNeverImportEachOtherNorTheApp() {
        noClasses().that().resideInAPackage("org.pulseport.providers..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseport.devices..", "org.pulseport.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.pulseport.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseport.providers..", "org.pulseport.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void connectorsNeverTouchTheDatabase() {
        noClasses().that().resideInAnyPackage("org.pulseport.providers..", "org.pulseport.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.hibernate..", "jakarta.persistence..", "org.flywaydb..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theStoreKnowsNothingOfTheLayersAboveIt() {
        noClasses().that().resideInAPackage("org.pulseport.app.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseport.app.engine..",
                        "org.pulseport.app.analytics..", "org.pulseport.app.report..", "org.pulseport.app.notify..",
                        "org.pulseport.app.ui..", "org.pulseport.app.cli..")
                .check(classes);
    }

    @Test
    void engineAnalyticsAndReportsNeverReachUp() {
        noClasses().that().resideInAnyPackage("org.pulseport.app.engine..", "org.pulseport.app.analytics..",
                        "org.pulseport.app.report..", "org.pulseport.app.notify..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pulseport.app.ui..", "org.pulseport.app.cli..")
                .check(classes);
    }

    /** The UI may show the immutable records the engine hands out, but never calls repositories or entities. */
    @Test
    void theUiReadsThroughTheEngineNotTheStore() {
        noClasses().that().resideInAPackage("org.pulseport.app.ui..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.pulseport.app.store..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.RECORDS)))
                .check(classes);
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.pulseport.app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .check(classes);
    }
}
