package org.spinecds.feedback;

import java.util.List;

/**
 * What the store needs to know about a card a hook call produced, to join feedback to it
 * later and to recognise a repeat of a card the user overrode.
 *
 * @param cardType the card's {@code source.topic.code}
 * @param indicator {@code info}, {@code warning} or {@code critical}
 * @param orderedStudy the reviewed draft order's first coding as {@code system|code}
 */
public record IssuedCard(String uuid, List<String> suggestionUuids, String cardType, String indicator,
		String orderedStudy) {

	public IssuedCard {
		suggestionUuids = List.copyOf(suggestionUuids);
	}

	boolean critical() {
		return "critical".equals(indicator);
	}
}
