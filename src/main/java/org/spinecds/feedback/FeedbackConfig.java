package org.spinecds.feedback;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({ AuditProperties.class, AlertFatigueProperties.class, AdminProperties.class })
class FeedbackConfig {

	@Bean
	IdHasher idHasher(AuditProperties properties) {
		return IdHasher.withSalt(properties.idHashSalt());
	}

}
