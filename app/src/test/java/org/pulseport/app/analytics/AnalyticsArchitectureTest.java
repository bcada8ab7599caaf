package org.pulseport.app.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Analytics and reports stay pure: no JavaFX, no store, nothing from the layers above them. */
class AnalyticsArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pulseport.app.analytics", "org.pulseport.app.report");

    @Test
    void analyticsAndReportsDependOnNeitherJavaFxNorTheStoreNorUpperLayers() {
        noClasses().that().resideInAnyPackage("org.pulseport.app.analytics..", "org.pulseport.app.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.pulseport.app.store..",
                        "org.pulseport.app.engine..", "org.pulseport.app.ui..", "org.pulseport.app.cli..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void analyticsDoesNotDependOnReports() {
        noClasses().that().resideInAPackage("org.pulseport.app.analytics..")
                .should().dependOnClassesThat().resideInAPackage("org.pulseport.app.report..")
                .check(CLASSES);
    }
}
