package org.spinecds.patient;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses no FHIR query may ever go to, whatever cds.fhir.allowed-servers says:
 * link-local addresses (169.254.0.0/16, fe80::/10), where cloud instance metadata
 * services hand out credentials (169.254.169.254), and AWS's IPv6 metadata address
 * fd00:ec2::254.
 */
final class MetadataAddresses {

	private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final InetAddress AWS_IPV6_METADATA = literal("[fd00:ec2::254]").orElseThrow();

	private MetadataAddresses() {
	}

	static boolean isRefused(InetAddress address) {
		return address.isLinkLocalAddress() || address.equals(AWS_IPV6_METADATA);
	}

	/**
	 * The address a host written as an IP literal ("169.254.169.254", "[fd00:ec2::254]")
	 * stands for, or empty for a host name. Never asks DNS.
	 */
	static Optional<InetAddress> literal(String host) {
		try {
			if (host.startsWith("[") && host.endsWith("]")) {
				// Java parses a bracketed host as an IPv6 literal only, without a lookup.
				return Optional.of(InetAddress.getByName(host));
			}
			Matcher quad = DOTTED_QUAD.matcher(host);
			if (quad.matches()) {
				byte[] octets = new byte[4];
				for (int i = 0; i < 4; i++) {
					int octet = Integer.parseInt(quad.group(i + 1));
					if (octet > 255) {
						return Optional.empty();
					}
					octets[i] = (byte) octet;
				}
				return Optional.of(InetAddress.getByAddress(octets));
			}
		}
		catch (UnknownHostException notALiteral) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
