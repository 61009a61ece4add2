package org.spinecds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One FhirContext for the whole application: it is expensive to build and thread-safe
 * once built.
 */
@Configuration
public class FhirContextConfig {

	@Bean
	public FhirContext fhirContext() {
		FhirContext fhirContext = FhirContext.forR4();
		fhirContext.setParserErrorHandler(parserErrorHandler());
		// Every encode otherwise walks the whole resource looking for referenced
		// resources without an id to contain
		// (a third of the encoding time in the benchmark's profile). The service never
		// builds such references;
		// resources a client sent as contained stay contained.
		fhirContext.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
		return fhirContext;
	}

	/**
	 * Real CDS clients send slightly off FHIR JSON (the sandbox sends reasonCode as an
	 * object): parse it leniently, and do not log the parser's complaints, which can
	 * quote element values (PHI).
	 */
	public static IParserErrorHandler parserErrorHandler() {
		return new LenientErrorHandler(false);
	}

	@Bean
	public Clock clock() {
		return Clock.systemDefaultZone();
	}

}
