package org.spinecds.patient;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HAPI client per FHIR server base, made on first use and kept. Making a client per
 * query cost more CPU than the query's own work: registering an interceptor makes HAPI
 * scan its class by reflection, twice per query. What differs between calls travels in
 * {@link CallScope}.
 */
final class SharedEhrClients {

	/**
	 * Allowed-server patterns may match many hosts; past this many bases the cache starts
	 * again rather than grow.
	 */
	private static final int MAX_SERVERS = 64;

	private final IRestfulClientFactory factory;

	private final CallScopeInterceptor interceptor = new CallScopeInterceptor();

	private final Map<URI, IGenericClient> clients = new ConcurrentHashMap<>();

	SharedEhrClients(IRestfulClientFactory factory) {
		this.factory = factory;
	}

	IGenericClient forServer(URI base) {
		if (clients.size() >= MAX_SERVERS && !clients.containsKey(base)) {
			clients.clear();
		}
		return clients.computeIfAbsent(base, server -> {
			IGenericClient client = factory.newGenericClient(server.toString());
			client.registerInterceptor(interceptor);
			return client;
		});
	}

}
