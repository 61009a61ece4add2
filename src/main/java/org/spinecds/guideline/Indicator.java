package org.spinecds.guideline;

/**
 * How loudly the card speaks (CDS Hooks card indicator), by what is at stake: CRITICAL
 * for emergencies, WARNING when the ordered study is usually not appropriate, INFO when a
 * better or first-named study exists or the indication is needed, NONE: no card.
 */
public enum Indicator {

	NONE, INFO, WARNING, CRITICAL

}
