package org.spinecds.patient;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.spinecds.ClientText;

/**
 * Decides whether a request's fhirServer may receive the service's queries and the
 * client's access token: it must match one of cds.fhir.allowed-servers
 * ({@link AllowedServerPattern}), and it may never be a link-local or cloud metadata
 * address, whatever the patterns say. Pure: no DNS lookup; what a host name resolves to
 * is checked when connecting ({@link MetadataAddressGuard}).
 */
public final class AllowedFhirServers {

	private final List<AllowedServerPattern> patterns;

	public AllowedFhirServers(List<String> patterns) {
		this.patterns = patterns.stream().map(AllowedServerPattern::parse).toList();
	}

	ServerCheck check(String fhirServer) {
		if (patterns.isEmpty()) {
			return ServerCheck.refused("the list is empty, so the service queries no FHIR server");
		}
		URI server;
		try {
			server = new URI(fhirServer.trim());
		}
		catch (URISyntaxException e) {
			return ServerCheck.refused("fhirServer is not a valid URL");
		}
		String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return ServerCheck.refused("fhirServer must be an https URL");
		}
		if (server.getHost() == null) {
			return ServerCheck.refused("fhirServer has no host name the service can check");
		}
		if (server.getRawUserInfo() != null || server.getRawQuery() != null || server.getRawFragment() != null) {
			return ServerCheck.refused("fhirServer must be a plain base URL, without user, query or fragment");
		}
		if (hasDotSegments(server.getPath())) {
			return ServerCheck.refused("fhirServer's path must not contain . or .. segments");
		}
		if (isOddNumericHost(server.getHost())) {
			return ServerCheck.refused("fhirServer's host is neither a host name nor a dotted IPv4 address");
		}
		// The refusal goes back to the client and into the log: a bounded piece of its
		// input.
		String origin = ClientText.abbreviate(origin(server), 80);
		if (MetadataAddresses.literal(server.getHost()).filter(MetadataAddresses::isRefused).isPresent()) {
			return ServerCheck.refused(origin + " is a link-local or cloud metadata address");
		}
		if (patterns.stream().noneMatch(pattern -> pattern.matches(server))) {
			return ServerCheck.refused(origin + " matches none of its patterns");
		}
		return ServerCheck.allowed(base(server));
	}

	/**
	 * The fhirServer as queried: lower-case scheme and host, no trailing slash, the port
	 * only if not the default.
	 */
	private static URI base(URI server) {
		String scheme = server.getScheme().toLowerCase(Locale.ROOT);
		int port = AllowedServerPattern.effectivePort(server);
		boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
		return URI.create(scheme + "://" + server.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
				+ AllowedServerPattern.withoutTrailingSlash(server.getRawPath()));
	}

	/** scheme://host:port, with the port always written out. */
	static String origin(URI uri) {
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":"
				+ AllowedServerPattern.effectivePort(uri);
	}

	/**
	 * A host like 2852039166, 0xA9FEA9FE or 169.254.43518 is an IPv4 address in disguise
	 * (the resolver reads it as one); no real host name ends in a numeric label.
	 */
	private static boolean isOddNumericHost(String host) {
		if (host.startsWith("[") || MetadataAddresses.literal(host).isPresent()) {
			return false;
		}
		String lastLabel = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return lastLabel.matches("\\d+|0x[0-9a-f]*");
	}

	static boolean hasDotSegments(String path) {
		if (path == null) {
			return false;
		}
		for (String segment : path.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

}
