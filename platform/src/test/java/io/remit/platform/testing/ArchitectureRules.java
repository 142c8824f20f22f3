package io.remit.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Remit's architecture, as rules the build checks: pure rules import only the JDK, the platform knows no
 * service, no service imports another, and inside a service the features depend on each other in one direction.
 * Each service's {@code ArchitectureTest} names its own pure packages and feature order.
 */
public final class ArchitectureRules {

    /** The base package of every service; {@code platform} is none of them. */
    public static final Set<String> SERVICES = Set.of("io.remit.team", "io.remit.decision", "io.remit.notification");

    private ArchitectureRules() {
    }

    /** The production classes under {@code basePackage}: tests may reach across layers to set up their data. */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /**
     * The classes of a package use nothing but the JDK and each other. ArchUnit's notation: {@code a.b} is that
     * package alone, {@code a.b..} it and every package below it.
     */
    public static ArchRule importOnlyTheJdk(String packageIdentifier) {
        return classes().that().resideInAPackage(packageIdentifier)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", packageIdentifier)
                .because("rules are pure functions over plain values: no database, no framework");
    }

    /** The platform is a library under the services, never above them. */
    public static ArchRule platformImportsNoService() {
        return noClasses().that().resideInAPackage("io.remit.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(SERVICES.stream()))
                .because("platform/ holds what services share and no service logic");
    }

    /** A service talks to the others only through events and their JSON, never through their classes. */
    public static ArchRule serviceImportsNoOtherService(String service) {
        return noClasses().that().resideInAPackage(service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        packagesOf(SERVICES.stream().filter(other -> !other.equals(service))))
                .because("each service owns its data and reaches the others only through Kafka events");
    }

    /**
     * Features of a service, highest first: each may use those after it, none those before it. Packages of the
     * service that are not named (shared values, configuration) are free for all to use.
     */
    public static List<ArchRule> featuresDependDownward(String service, String... highestFirst) {
        List<ArchRule> rules = new ArrayList<>();
        for (int lower = 1; lower < highestFirst.length; lower++) {
            String[] above = new String[lower];
            for (int upper = 0; upper < lower; upper++) {
                above[upper] = service + "." + highestFirst[upper] + "..";
            }
            rules.add(noClasses().that().resideInAPackage(service + "." + highestFirst[lower] + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("features depend one way: " + String.join(" → ", highestFirst)));
        }
        return rules;
    }

    private static String[] packagesOf(Stream<String> basePackages) {
        return basePackages.map(base -> base + "..").toArray(String[]::new);
    }
}
