package com.accountdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layer rules of the app's main code, as a test: a JavaFX import below {@code ui}/{@code app}, a
 * cycle between top-level packages or between the sandbox's packages, the key rules ({@code keys})
 * using the UI, or the UI reaching into the sandbox fails the build. No exceptions
 * are listed: a new violation is fixed in the code, not here.
 */
class ArchitectureTest {
    /** Everything below the UI: runs and is tested without a toolkit. */
    private static final String[] LOWER_LAYERS = {"com.accountdesk.model..", "com.accountdesk.io..",
            "com.accountdesk.api..", "com.accountdesk.credentials..", "com.accountdesk.sandbox..",
            "com.accountdesk.session..", "com.accountdesk.keys.."};
    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("com.accountdesk");
    }

    @Test
    void lowerLayersUseNoJavaFx() {
        noClasses().that().resideInAnyPackage(LOWER_LAYERS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..", "com.sun.javafx..")
                .because("only ui and app may use the toolkit: the rest runs (and is tested) without it")
                .check(main);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("com.accountdesk.(*)..").should().beFreeOfCycles().check(main);
    }

    /** The sandbox's own packages, its top level ({@code SandboxServer}, its options) counted as one. */
    private static final SliceAssignment SANDBOX_PACKAGES = new SliceAssignment() {
        private static final String ROOT = "com.accountdesk.sandbox";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("sandbox");
            }
            if (!name.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of("sandbox." + name.substring(ROOT.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the sandbox's packages";
        }
    };

    @Test
    void sandboxPackagesHaveNoCycles() {
        slices().assignedFrom(SANDBOX_PACKAGES).should().beFreeOfCycles()
                .because("http and state sit below acm and crate; only the top level (SandboxServer) puts them together")
                .check(main);
    }

    @Test
    void sandboxPartsDoNotReachUpToTheServer() {
        noClasses().that().resideInAnyPackage("com.accountdesk.sandbox.http..", "com.accountdesk.sandbox.state..")
                .should().dependOnClassesThat().resideInAnyPackage("com.accountdesk.sandbox.acm..", "com.accountdesk.sandbox.crate..")
                .orShould().dependOnClassesThat().resideInAPackage("com.accountdesk.sandbox")
                .because("the HTTP plumbing and the state file know no API")
                .check(main);
        noClasses().that().resideInAnyPackage("com.accountdesk.sandbox.acm..", "com.accountdesk.sandbox.crate..")
                .should().dependOnClassesThat().resideInAPackage("com.accountdesk.sandbox")
                .because("an API is handed what it needs by SandboxServer")
                .check(main);
    }

    @Test
    void lowerLayersDoNotUseTheUiOrTheCompositionRoot() {
        noClasses().that().resideInAnyPackage(LOWER_LAYERS)
                .should().dependOnClassesThat().resideInAnyPackage("com.accountdesk.ui..", "com.accountdesk.app..")
                .check(main);
    }

    @Test
    void keyRulesUseNeitherTheToolkitNorTheUi() {
        noClasses().that().resideInAPackage("com.accountdesk.keys..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.accountdesk.ui..")
                .because("the rules that keep keys safe are tested without a toolkit; the UI only words and shows them")
                .check(main);
    }

    @Test
    void uiDoesNotReachIntoTheSandbox() {
        noClasses().that().resideInAPackage("com.accountdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.accountdesk.sandbox..")
                .because("the UI talks to the sandbox over HTTP like to any cloud; only the composition root (app) starts it")
                .check(main);
    }

    @Test
    void onlyTheCompositionRootUsesTheContainer() {
        noClasses().that().resideOutsideOfPackage("com.accountdesk.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.accountdesk.app.AppContext")
                .because("controllers and view-models receive what they use, never the container")
                .check(main);
    }

    @Test
    void viewModelsHoldStateOnlyAndRunWithoutTheToolkit() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.concurrent..", "javafx.animation..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.accountdesk.ui.common.Tasks")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.accountdesk.ui.common.Dialogs")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executor")
                .because("a view-model is state plus decisions: it runs work through Background and asks through "
                        + "DialogService, so its unit test needs neither the toolkit nor waits")
                .check(main);
    }
}
