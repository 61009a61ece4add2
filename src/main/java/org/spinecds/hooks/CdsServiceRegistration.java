package org.spinecds.hooks;

import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import org.spinecds.patient.PrefetchTemplates;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Registers both services with HAPI's registry, which then serves discovery and
 * dispatches calls by service id.
 */
@Component
class CdsServiceRegistration implements InitializingBean {

	static final String SERVICE_GROUP = "lumbar-imaging";

	private final ICdsServiceRegistry registry;

	private final OrderHookHandler handler;

	private final PrefetchTemplates templates;

	CdsServiceRegistration(ICdsServiceRegistry registry, OrderHookHandler handler, PrefetchTemplates templates) {
		this.registry = registry;
		this.handler = handler;
		this.templates = templates;
	}

	@Override
	public void afterPropertiesSet() {
		for (OrderHook service : OrderHook.values()) {
			registry.registerService(service.serviceId(), request -> handler.handle(service, request),
					definition(service), false, SERVICE_GROUP);
		}
	}

	private DiscoverableCdsServiceJson definition(OrderHook service) {
		DiscoverableCdsServiceJson definition = new DiscoverableCdsServiceJson()
			.setUsageRequirements(OrderHook.USAGE_REQUIREMENTS);
		definition.setId(service.serviceId())
			.setHook(service.hook())
			.setTitle(service.title())
			.setDescription(service.description());
		templates.all().forEach((key, template) -> definition.addPrefetch(key.key(), template));
		return definition;
	}

}
