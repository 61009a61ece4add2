package org.spinecds.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body stream fails with {@link RequestBodyTooLargeException} once it
 * passes the limit.
 */
class SizeLimitedRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	private ServletInputStream limited;

	SizeLimitedRequest(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (limited == null) {
			limited = new CountingInputStream(super.getInputStream());
		}
		return limited;
	}

	private final class CountingInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private long count;

		CountingInputStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws RequestBodyTooLargeException {
			count += n;
			if (count > maxBytes) {
				throw new RequestBodyTooLargeException(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
