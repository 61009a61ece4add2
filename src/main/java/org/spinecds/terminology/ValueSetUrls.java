package org.spinecds.terminology;

/** Canonical URLs of the built-in value sets (files under {@code terminology/valuesets/}). */
public final class ValueSetUrls {

	public static final String BASE = "http://spine-imaging-cds.example/fhir/ValueSet/";

	public static final String FOOT_DROP = BASE + "foot-drop";
	public static final String PERONEAL_NEUROPATHY = BASE + "peroneal-neuropathy";
	public static final String LUMBAR_SPINE_SURGERY = BASE + "lumbar-spine-surgery";
	public static final String LUMBAR_FUSION_HARDWARE = BASE + "lumbar-fusion-hardware";
	public static final String POST_LUMBAR_SURGERY_CONDITION = BASE + "post-lumbar-surgery-condition";

	public static final String IMAGING_LUMBAR_RADIOGRAPHY = BASE + "imaging-lumbar-radiography";
	public static final String IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST = BASE + "imaging-lumbar-mri-without-and-with-contrast";
	public static final String IMAGING_LUMBAR_MRI_WITHOUT_CONTRAST = BASE + "imaging-lumbar-mri-without-contrast";
	public static final String IMAGING_LUMBAR_MRI_WITH_CONTRAST = BASE + "imaging-lumbar-mri-with-contrast";
	public static final String IMAGING_LUMBAR_MRI_CONTRAST_UNSPECIFIED = BASE + "imaging-lumbar-mri-contrast-unspecified";
	public static final String IMAGING_LUMBAR_CT_WITHOUT_CONTRAST = BASE + "imaging-lumbar-ct-without-contrast";
	public static final String IMAGING_LUMBAR_CT_WITH_CONTRAST = BASE + "imaging-lumbar-ct-with-contrast";
	public static final String IMAGING_LUMBAR_CT_WITHOUT_AND_WITH_CONTRAST = BASE + "imaging-lumbar-ct-without-and-with-contrast";
	public static final String IMAGING_LUMBAR_CT_CONTRAST_UNSPECIFIED = BASE + "imaging-lumbar-ct-contrast-unspecified";
	public static final String IMAGING_LUMBAR_CT_MYELOGRAPHY = BASE + "imaging-lumbar-ct-myelography";
	/** Conventional myelography; not rated by ACR AC Low Back Pain 2021. */
	public static final String IMAGING_LUMBAR_MYELOGRAPHY = BASE + "imaging-lumbar-myelography";

	private ValueSetUrls() {
	}
}
