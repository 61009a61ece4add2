package org.spinecds.patient;

import org.spinecds.terminology.ValueSets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PatientDataConfig {

	@Bean
	PrefetchTemplates prefetchTemplates(ValueSets valueSets) {
		return new PrefetchTemplates(valueSets);
	}

}
