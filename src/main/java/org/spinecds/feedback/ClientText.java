package org.spinecds.feedback;

final class ClientText {

	private ClientText() {
	}

	/** Echo at most a short, printable piece of client input. */
	static String abbreviate(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
	}

}
