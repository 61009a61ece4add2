package org.spinecds.patient;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of cds.fhir.allowed-servers, like {@code https://*.ehr.example.org/fhir} or
 * {@code http://localhost:*}. Without a scheme it means https. {@code *} stands for
 * exactly one host label or for the port. The path, if any, must be the fhirServer's path
 * or a parent of it, segment by segment.
 */
record AllowedServerPattern(String scheme, List<String> hostLabels, String port, String path) {

	static final String ANY = "*";

	private static final Pattern SYNTAX = Pattern
		.compile("(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?<host>\\[[0-9A-Fa-f:.]+]|[^/:?#\\[\\]@]+)"
				+ "(?::(?<port>\\d{1,5}|\\*))?(?<path>/[^?#]*)?");

	static AllowedServerPattern parse(String pattern) {
		Matcher matcher = SYNTAX.matcher(pattern.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("cds.fhir.allowed-servers: '" + pattern + "' is not a URL pattern like"
					+ " https://ehr.example.org/fhir or http://localhost:*");
		}
		String scheme = matcher.group("scheme") == null ? "https" : matcher.group("scheme").toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException("cds.fhir.allowed-servers: '" + pattern + "' must be https or http");
		}
		String host = matcher.group("host").toLowerCase(Locale.ROOT);
		List<String> labels = labels(host);
		for (String label : labels) {
			if (label.isEmpty() || (label.contains(ANY) && !label.equals(ANY))) {
				throw new IllegalArgumentException("cds.fhir.allowed-servers: '" + pattern + "': '*' may only stand"
						+ " for a whole host label (like *.example.org) or for the port");
			}
		}
		String port = matcher.group("port") == null ? String.valueOf(defaultPort(scheme)) : matcher.group("port");
		return new AllowedServerPattern(scheme, labels, port, withoutTrailingSlash(matcher.group("path")));
	}

	/**
	 * {@code server} is already checked to be a plain http(s) URL with a host and a
	 * normalized path.
	 */
	boolean matches(URI server) {
		return scheme.equals(server.getScheme().toLowerCase(Locale.ROOT))
				&& hostMatches(server.getHost().toLowerCase(Locale.ROOT))
				&& (port.equals(ANY) || port.equals(String.valueOf(effectivePort(server))))
				&& isSameOrParentPath(path, withoutTrailingSlash(server.getPath()));
	}

	static int effectivePort(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme().toLowerCase(Locale.ROOT));
	}

	static String withoutTrailingSlash(String path) {
		if (path == null) {
			return "";
		}
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/**
	 * "/fhir" is the parent of "/fhir" and "/fhir/r4", not of "/fhirx"; "" is the parent
	 * of every path.
	 */
	static boolean isSameOrParentPath(String parent, String path) {
		return path.equals(parent) || path.startsWith(parent + "/");
	}

	private boolean hostMatches(String host) {
		List<String> labels = labels(host);
		if (labels.size() != hostLabels.size()) {
			return false;
		}
		for (int i = 0; i < labels.size(); i++) {
			if (!hostLabels.get(i).equals(ANY) && !hostLabels.get(i).equals(labels.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** An IPv6 literal is one label: it can only be matched exactly. */
	private static List<String> labels(String host) {
		return host.startsWith("[") ? List.of(host) : List.of(host.split("\\.", -1));
	}

	private static int defaultPort(String scheme) {
		return scheme.equals("https") ? 443 : 80;
	}

	@Override
	public String toString() {
		return scheme + "://" + String.join(".", hostLabels) + ":" + port + path;
	}
}
