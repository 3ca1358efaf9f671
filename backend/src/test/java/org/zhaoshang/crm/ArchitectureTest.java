package org.zhaoshang.crm;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.annotation.Configuration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the backend, checked on every build (as the Vaadin walking skeleton's and giftcard's architecture
 * tests do): features depend on each other one way only, the backend knows nothing of Vaadin, and what a feature
 * decides and reads with stays inside its {@code command} and {@code query} packages.
 */
@AnalyzeClasses(packages = "org.zhaoshang.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A feature (lead, ambassador, security, shared, storage, ...) with all its sub-packages is one slice. */
    @ArchTest
    static final ArchRule featuresDependOnEachOtherOneWayOnly =
            slices().matching("org.zhaoshang.crm.(*)..").namingSlices("$1").should().beFreeOfCycles();

    /** Inside a feature too: its api's events, commands, queries and values, its command and query sides. */
    @ArchTest
    static final ArchRule rolesInsideAFeatureDependOneWayOnly =
            slices().matching("org.zhaoshang.crm.(*).(**)").namingSlices("$1.$2").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule backendUsesNoVaadin =
            noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                       .because("the backend serves the REST API and the UI alike; Vaadin lives in the ui module");

    /**
     * Axon finds the aggregate and Spring its configuration; everything else a command needs is the package's own.
     * The commands themselves ({@code lead.api.command}) are the feature's public messages.
     */
    @ArchTest
    static final ArchRule commandInternalsArePackagePrivate =
            classes().that().resideInAPackage("org.zhaoshang.crm.*.command..").and().areTopLevelClasses()
                     .and().areNotAnnotatedWith(Aggregate.class).and().areNotAnnotatedWith(Configuration.class)
                     .should().notBePublic();

    /** A projection is public for the backup and the checksum (its collections); its helpers and queries are not. */
    @ArchTest
    static final ArchRule queryInternalsArePackagePrivate =
            classes().that().resideInAPackage("org.zhaoshang.crm.*.query..").and().areTopLevelClasses()
                     .and().areNotAnnotatedWith(ProcessingGroup.class)
                     .should().notBePublic();
}
