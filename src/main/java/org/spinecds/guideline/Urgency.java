package org.spinecds.guideline;

/**
 * EMERGENT: foot drop within 30 days after surgery, when epidural hematoma or a
 * malpositioned screw must be excluded at once (clinical.md 3: evacuation within hours
 * changes outcome). URGENT: any other new or progressing foot drop after lumbar surgery
 * (outcome worsens with the duration of the palsy).
 */
public enum Urgency {

	EMERGENT, URGENT;

	public static final int EARLY_POST_OPERATIVE_DAYS = 30;

}
