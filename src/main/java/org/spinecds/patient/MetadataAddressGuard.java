package org.spinecds.patient;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.http.conn.DnsResolver;

/**
 * The HTTP client's name resolution: refuses a host that resolves to a link-local or
 * cloud metadata address. Checked when the connection is opened, with the very addresses
 * it will use, so a DNS answer that changes after the allowlist check (DNS rebinding)
 * cannot slip through.
 */
final class MetadataAddressGuard implements DnsResolver {

	private final DnsResolver delegate;

	MetadataAddressGuard(DnsResolver delegate) {
		this.delegate = delegate;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = delegate.resolve(host);
		for (InetAddress address : addresses) {
			if (MetadataAddresses.isRefused(address)) {
				throw new RefusedAddressException(host);
			}
		}
		return addresses;
	}

	/** Thrown instead of connecting; the fetch reports the server as not allowed. */
	static final class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String host) {
			super(host + " resolves to a link-local or cloud metadata address");
		}

	}

}
