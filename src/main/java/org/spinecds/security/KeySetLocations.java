package org.spinecds.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URIs a JWK Set may be read from. Plain http is allowed for loopback hosts only
 * (local tests and tools).
 */
final class KeySetLocations {

	private static final Set<String> LOCAL_SCHEMES = Set.of("file", "classpath");

	private KeySetLocations() {
	}

	static boolean isValidJwksUri(String location) {
		try {
			URI uri = new URI(location);
			return isLocal(uri) || isValidJku(uri);
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	static boolean isValidJku(URI uri) {
		if (!uri.isAbsolute() || uri.getHost() == null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()));
	}

	static boolean isLocal(URI uri) {
		return uri.getScheme() != null && LOCAL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
	}

	private static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]") || name.equals("::1");
	}

}
