package org.spinecds.patient;

import javax.net.ssl.SSLContext;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.conn.SystemDefaultDnsResolver;
import org.apache.http.ssl.SSLContexts;

/**
 * The Apache HTTP client under HAPI's FHIR client, built here instead of by HAPI's
 * factory because the defaults differ where the access token is at stake: HAPI's follows
 * redirects, and Apache copies the Authorization header to the redirect target, whatever
 * its host. No redirects, no retries (they would double the time), no cookies, no system
 * proxy (a proxy would resolve names itself, past {@link MetadataAddressGuard}).
 */
final class EhrHttpClients {

	private EhrHttpClients() {
	}

	static CloseableHttpClient build(FhirClientProperties properties) {
		int connectMillis = Math.toIntExact(properties.connectTimeout().toMillis());
		int readMillis = Math.toIntExact(properties.readTimeout().toMillis());
		SSLContext tls = SSLContexts.createSystemDefault();
		PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
				RegistryBuilder.<ConnectionSocketFactory>create()
					.register("http", PlainConnectionSocketFactory.getSocketFactory())
					.register("https", new SSLConnectionSocketFactory(tls))
					.build(),
				new MetadataAddressGuard(SystemDefaultDnsResolver.INSTANCE));
		connections.setMaxTotal(properties.maxConcurrentQueries());
		connections.setDefaultMaxPerRoute(properties.maxConcurrentQueries());
		connections.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(readMillis).build());
		return HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectTimeout(connectMillis)
				.setConnectionRequestTimeout(connectMillis)
				.setSocketTimeout(readMillis)
				.setRedirectsEnabled(false)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
	}

}
