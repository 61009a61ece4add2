package org.spinecds.guideline.evidence;

/** The clinical criteria the ACR Low Back Pain variants are decided on. */
public enum Criterion {

	LOW_BACK_PAIN("Low back pain or radicular symptoms"), CAUDA_EQUINA("Cauda equina syndrome or sign"),
	CANCER("Cancer or cancer history"), WEIGHT_LOSS("Unexplained weight loss"), INFECTION("Infection or fever"),
	DRUG_USE("Drug use"), IMMUNOSUPPRESSION("Immunosuppression"), IMMUNOSUPPRESSANT("Immunosuppressant medication"),
	CHRONIC_STEROIDS("Chronic systemic steroid use"), OSTEOPOROSIS("Osteoporosis"),
	LOW_VELOCITY_TRAUMA("Fracture, fall or back injury"), ELDERLY("Elderly individual"),
	PRIOR_LUMBAR_SURGERY("Prior lumbar surgery"),
	NEW_SYMPTOMS_AFTER_SURGERY("New or progressing symptoms after surgery"), FOOT_DROP("Foot drop"),
	CONSERVATIVE_MANAGEMENT("Conservative management"), EPISODE("Current episode");

	private final String label;

	Criterion(String label) {
		this.label = label;
	}

	/** The criterion in words for a clinician. */
	public String label() {
		return label;
	}

}
