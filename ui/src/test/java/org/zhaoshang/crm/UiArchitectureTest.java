package org.zhaoshang.crm;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the application with its UI: the backend (every package but the root and the {@code ui} ones) uses
 * no Vaadin even with Vaadin on the class path, and the features, views included, depend on each other one way only.
 */
@AnalyzeClasses(packages = "org.zhaoshang.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule backendUsesNoVaadin =
            noClasses().that().resideOutsideOfPackages("org.zhaoshang.crm", "org.zhaoshang.crm..ui..")
                       .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                       .because("the backend serves the REST API and the UI alike; Vaadin lives in the ui packages");

    @ArchTest
    static final ArchRule featuresWithTheirViewsDependOnEachOtherOneWayOnly =
            slices().matching("org.zhaoshang.crm.(*)..").namingSlices("$1").should().beFreeOfCycles();
}
