package org.spinecds.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way data flow of docs/architecture.md: hooks -> patient -> guideline -> cards,
 * with record (the patient data that flows) and terminology beneath them. The clinical
 * rules stay pure: no Spring, no HTTP, no servlet, no JSON, no patient I/O.
 */
@AnalyzeClasses(packages = "org.spinecds", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

	@ArchTest
	static final ArchRule guidelineIsPureClinicalLogic = noClasses().that()
		.resideInAPackage("org.spinecds.guideline..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "ca.uhn.fhir.rest..", "jakarta.servlet..", "java.net.http..",
				"com.fasterxml.jackson..", "org.spinecds.patient..", "org.spinecds.hooks..", "org.spinecds.cards..",
				"org.spinecds.feedback..", "org.spinecds.security..")
		.because("the rules are pure functions over FHIR resources (docs/architecture.md)");

	@ArchTest
	static final ArchRule cardsOnlyRender = noClasses().that()
		.resideInAPackage("org.spinecds.cards..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "ca.uhn.fhir.rest..", "jakarta.servlet..",
				"org.spinecds.patient..", "org.spinecds.hooks..", "org.spinecds.feedback..", "org.spinecds.security..")
		.because("cards render the guideline's outcome; they neither fetch data nor decide");

	@ArchTest
	static final ArchRule recordIsPlainData = noClasses().that()
		.resideInAPackage("org.spinecds.record..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "ca.uhn.fhir.rest..", "org.spinecds.patient..",
				"org.spinecds.guideline..", "org.spinecds.hooks..", "org.spinecds.cards..")
		.because("the patient record is what flows from patient I/O to the rules");

	@ArchTest
	static final ArchRule patientDecidesNothing = noClasses().that()
		.resideInAPackage("org.spinecds.patient..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.spinecds.guideline..", "org.spinecds.cards..", "org.spinecds.hooks..",
				"org.spinecds.feedback..")
		.because("patient assembles data and decides nothing clinical");

	@ArchTest
	static final ArchRule lowerLayersDoNotReachUp = noClasses().that()
		.resideInAnyPackage("org.spinecds.terminology..", "org.spinecds.feedback..", "org.spinecds.security..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.spinecds.hooks..", "org.spinecds.guideline..", "org.spinecds.cards..",
				"org.spinecds.patient..");

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("org.spinecds.(*)..").should().beFreeOfCycles();

}
