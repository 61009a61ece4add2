package org.spinecds;

/**
 * Client input echoed in an answer or a log line: printable (control characters become
 * {@code ?}) and short.
 */
public final class ClientText {

	/** How much of a client's value an error answer echoes. */
	public static final int ECHO_LENGTH = 40;

	private ClientText() {
	}

	/** At most {@link #ECHO_LENGTH} characters of it, then "...". */
	public static String abbreviate(String value) {
		return abbreviate(value, ECHO_LENGTH);
	}

	/** At most {@code maxLength} characters of it, then "...". */
	public static String abbreviate(String value, int maxLength) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= maxLength ? printable : printable.substring(0, maxLength) + "...";
	}

}
