package org.spinecds.hooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.hapi.fhir.cdshooks.api.CDSHooksVersion;
import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import ca.uhn.hapi.fhir.cdshooks.config.CdsHooksConfig;
import ca.uhn.hapi.fhir.cdshooks.module.CdsHooksObjectMapperFactory;
import ca.uhn.hapi.fhir.cdshooks.svc.CdsHooksContextBooter;
import ca.uhn.hapi.fhir.cdshooks.svc.CdsServiceRegistryImpl;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.spinecds.FhirContextConfig;
import org.spinecds.security.RequestLimitsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HAPI FHIR's CDS Hooks module, wired by hand instead of importing
 * {@link CdsHooksConfig}: that class needs a DaoRegistry, and even an empty one silently
 * switches on HAPI's DAO prefetch strategy.
 */
@Configuration
class CdsHooksLibraryConfig {

	/**
	 * HAPI's FHIR-aware mapper; as the only ObjectMapper bean it is also the one Spring
	 * MVC reads requests and writes responses with. Its read limits keep a deeply nested
	 * or huge-string body from exhausting stack or memory.
	 */
	@Bean(name = CdsHooksConfig.CDS_HOOKS_OBJECT_MAPPER_FACTORY)
	ObjectMapper cdsHooksObjectMapper(FhirContext fhirContext, RequestLimitsProperties limits) {
		ObjectMapper mapper = new CdsHooksObjectMapperFactory(fhirContext).newMapper();
		// Compact answers: a hook response travels on every order entry. Modules
		// registered later take precedence.
		mapper.disable(SerializationFeature.INDENT_OUTPUT);
		mapper.registerModule(new SimpleModule("compact-fhir-resources").addSerializer(IBaseResource.class,
				new CompactFhirResourceSerializer(fhirContext)));
		// FHIR decimals keep their written precision (an eGFR of 1.50 stays 1.50) in the
		// tree resources are read from.
		mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
		mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
		mapper.getFactory()
			.setStreamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(limits.maxJsonNestingDepth())
				.maxStringLength(limits.maxJsonStringLength())
				.build());
		return mapper;
	}

	@Bean
	ICdsServiceRegistry cdsServiceRegistry(FhirContext fhirContext, ObjectMapper cdsHooksObjectMapper) {
		// Services are registered at start-up by CdsServiceRegistration, so the booter
		// has no annotated beans to scan.
		// The version stays at HAPI's default: its V_2_0 check would refuse every http
		// fhirServer, and the allowlist
		// of FHIR servers is this service's own decision.
		return new CdsServiceRegistryImpl(new CdsHooksContextBooter(), new ClientPrefetchOnly(fhirContext),
				cdsHooksObjectMapper, new SinglePassRequestDeserializer(fhirContext,
						FhirContextConfig.parserErrorHandler(), cdsHooksObjectMapper),
				CDSHooksVersion.DEFAULT);
	}

}
