package org.spinecds.patient;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Decides whether a searchset's {@code next} link may be followed: only to the
 * fhirServer's own origin (scheme, host, port) and under its base path, since the request
 * carries the client's access token.
 */
final class SameOriginPaging {

	private SameOriginPaging() {
	}

	/**
	 * The absolute URL of the next page, or empty when the link leads anywhere else than
	 * under {@code base}.
	 */
	static Optional<URI> nextPage(URI base, String link) {
		URI next;
		try {
			next = URI.create(base + "/").resolve(new URI(link.trim()));
		}
		catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
		boolean sameOrigin = next.getScheme() != null && next.getHost() != null && next.getRawUserInfo() == null
				&& next.getRawFragment() == null
				&& AllowedFhirServers.origin(next).equals(AllowedFhirServers.origin(base));
		boolean underBasePath = next.getPath() != null && !AllowedFhirServers.hasDotSegments(next.getPath())
				&& AllowedServerPattern.isSameOrParentPath(AllowedServerPattern.withoutTrailingSlash(base.getPath()),
						AllowedServerPattern.withoutTrailingSlash(next.getPath()));
		return sameOrigin && underBasePath ? Optional.of(next) : Optional.empty();
	}

	/**
	 * Where a refused link points, for the log: scheme://host:port only, never its path
	 * or query.
	 */
	static String originOf(String link) {
		try {
			URI uri = new URI(link.trim());
			return uri.getScheme() != null && uri.getHost() != null ? AllowedFhirServers.origin(uri) : "(relative)";
		}
		catch (URISyntaxException e) {
			return "(not a URL)";
		}
	}

}
