package org.spinecds.guideline;

import org.spinecds.terminology.ValueSetUrls;

/**
 * Lumbar spine imaging studies as the ACR Appropriateness Criteria (Low Back Pain, 2021)
 * name them, each recognised by its ValueSet of orderable codes.
 */
public enum StudyCategory {

	RADIOGRAPHY("Radiography lumbar spine", ValueSetUrls.IMAGING_LUMBAR_RADIOGRAPHY),
	MRI_WITHOUT_AND_WITH_CONTRAST("MRI lumbar spine without and with IV contrast",
			ValueSetUrls.IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST),
	MRI_WITHOUT_CONTRAST("MRI lumbar spine without IV contrast", ValueSetUrls.IMAGING_LUMBAR_MRI_WITHOUT_CONTRAST),
	MRI_WITH_CONTRAST("MRI lumbar spine with IV contrast", ValueSetUrls.IMAGING_LUMBAR_MRI_WITH_CONTRAST),
	MRI_CONTRAST_UNSPECIFIED("MRI lumbar spine (contrast not specified)",
			ValueSetUrls.IMAGING_LUMBAR_MRI_CONTRAST_UNSPECIFIED),
	CT_WITHOUT_CONTRAST("CT lumbar spine without IV contrast", ValueSetUrls.IMAGING_LUMBAR_CT_WITHOUT_CONTRAST),
	CT_WITH_CONTRAST("CT lumbar spine with IV contrast", ValueSetUrls.IMAGING_LUMBAR_CT_WITH_CONTRAST),
	CT_WITHOUT_AND_WITH_CONTRAST("CT lumbar spine without and with IV contrast",
			ValueSetUrls.IMAGING_LUMBAR_CT_WITHOUT_AND_WITH_CONTRAST),
	CT_CONTRAST_UNSPECIFIED("CT lumbar spine (contrast not specified)",
			ValueSetUrls.IMAGING_LUMBAR_CT_CONTRAST_UNSPECIFIED),
	CT_MYELOGRAPHY("CT myelography lumbar spine", ValueSetUrls.IMAGING_LUMBAR_CT_MYELOGRAPHY),
	MYELOGRAPHY("Myelography lumbar spine (conventional)", ValueSetUrls.IMAGING_LUMBAR_MYELOGRAPHY),
	DISCOGRAPHY("Discography lumbar spine", ValueSetUrls.IMAGING_LUMBAR_DISCOGRAPHY),
	/**
	 * Whole body or SPECT: not lumbar-specific, rated only with low back pain on record.
	 */
	BONE_SCAN("Bone scan whole body or SPECT", ValueSetUrls.IMAGING_BONE_SCAN, false);

	private final String label;

	private final String valueSetUrl;

	private final boolean lumbarSpecific;

	StudyCategory(String label, String valueSetUrl) {
		this(label, valueSetUrl, true);
	}

	StudyCategory(String label, String valueSetUrl, boolean lumbarSpecific) {
		this.label = label;
		this.valueSetUrl = valueSetUrl;
		this.lumbarSpecific = lumbarSpecific;
	}

	/**
	 * False for studies of the whole body (bone scan): such an order is about the lumbar
	 * spine only when low back pain is on record.
	 */
	public boolean lumbarSpecific() {
		return lumbarSpecific;
	}

	/**
	 * An MRI with IV gadolinium, what the kidney, allergy and pregnancy checks are about.
	 */
	public boolean gadolinium() {
		return this == MRI_WITHOUT_AND_WITH_CONTRAST || this == MRI_WITH_CONTRAST;
	}

	public String label() {
		return label;
	}

	public String valueSetUrl() {
		return valueSetUrl;
	}

}
