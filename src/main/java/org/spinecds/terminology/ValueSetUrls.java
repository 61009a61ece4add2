package org.spinecds.terminology;

/**
 * Canonical URLs of the built-in value sets (files under {@code terminology/valuesets/}).
 */
public final class ValueSetUrls {

	public static final String BASE = "http://spine-imaging-cds.example/fhir/ValueSet/";

	public static final String FOOT_DROP = BASE + "foot-drop";

	public static final String PERONEAL_NEUROPATHY = BASE + "peroneal-neuropathy";

	public static final String LUMBAR_SPINE_SURGERY = BASE + "lumbar-spine-surgery";

	public static final String LUMBAR_FUSION_HARDWARE = BASE + "lumbar-fusion-hardware";

	public static final String POST_LUMBAR_SURGERY_CONDITION = BASE + "post-lumbar-surgery-condition";

	public static final String IMAGING_LUMBAR_RADIOGRAPHY = BASE + "imaging-lumbar-radiography";

	public static final String IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST = BASE
			+ "imaging-lumbar-mri-without-and-with-contrast";

	public static final String IMAGING_LUMBAR_MRI_WITHOUT_CONTRAST = BASE + "imaging-lumbar-mri-without-contrast";

	public static final String IMAGING_LUMBAR_MRI_WITH_CONTRAST = BASE + "imaging-lumbar-mri-with-contrast";

	public static final String IMAGING_LUMBAR_MRI_CONTRAST_UNSPECIFIED = BASE
			+ "imaging-lumbar-mri-contrast-unspecified";

	public static final String IMAGING_LUMBAR_CT_WITHOUT_CONTRAST = BASE + "imaging-lumbar-ct-without-contrast";

	public static final String IMAGING_LUMBAR_CT_WITH_CONTRAST = BASE + "imaging-lumbar-ct-with-contrast";

	public static final String IMAGING_LUMBAR_CT_WITHOUT_AND_WITH_CONTRAST = BASE
			+ "imaging-lumbar-ct-without-and-with-contrast";

	public static final String IMAGING_LUMBAR_CT_CONTRAST_UNSPECIFIED = BASE + "imaging-lumbar-ct-contrast-unspecified";

	public static final String IMAGING_LUMBAR_CT_MYELOGRAPHY = BASE + "imaging-lumbar-ct-myelography";

	/** Conventional myelography; not rated by ACR AC Low Back Pain 2021. */
	public static final String IMAGING_LUMBAR_MYELOGRAPHY = BASE + "imaging-lumbar-myelography";

	public static final String EGFR = BASE + "egfr";

	public static final String DIALYSIS_PROCEDURE = BASE + "dialysis-procedure";

	public static final String DIALYSIS_CONDITION = BASE + "dialysis-condition";

	public static final String SEVERE_KIDNEY_DISEASE = BASE + "severe-kidney-disease";

	public static final String GADOLINIUM_CONTRAST_ALLERGEN = BASE + "gadolinium-contrast-allergen";

	public static final String PREGNANCY_CONDITION = BASE + "pregnancy-condition";

	public static final String PREGNANCY_STATUS_OBSERVATION = BASE + "pregnancy-status-observation";

	public static final String PREGNANT_FINDING = BASE + "pregnant-finding";

	public static final String CARDIAC_IMPLANT_CONDITION = BASE + "cardiac-implant-condition";

	public static final String CARDIAC_IMPLANT_DEVICE = BASE + "cardiac-implant-device";

	public static final String SPINAL_IMPLANT_DEVICE = BASE + "spinal-implant-device";

	public static final String DEVICE_MR_UNSAFE = BASE + "device-mr-unsafe";

	public static final String DEVICE_MR_CONDITIONAL = BASE + "device-mr-conditional";

	/** Bone scan whole body / SPECT; not lumbar-specific. */
	public static final String IMAGING_BONE_SCAN = BASE + "imaging-bone-scan";

	public static final String IMAGING_LUMBAR_DISCOGRAPHY = BASE + "imaging-lumbar-discography";

	public static final String LBP_LOW_BACK_PAIN = BASE + "lbp-low-back-pain";

	public static final String LBP_CHRONIC_LOW_BACK_PAIN = BASE + "lbp-chronic-low-back-pain";

	public static final String LBP_ACUTE_LOW_BACK_PAIN = BASE + "lbp-acute-low-back-pain";

	public static final String LBP_CAUDA_EQUINA_SYNDROME = BASE + "lbp-cauda-equina-syndrome";

	public static final String LBP_CAUDA_EQUINA_SIGNS = BASE + "lbp-cauda-equina-signs";

	public static final String LBP_CANCER = BASE + "lbp-cancer";

	public static final String LBP_WEIGHT_LOSS = BASE + "lbp-weight-loss";

	public static final String LBP_INFECTION = BASE + "lbp-infection";

	public static final String LBP_DRUG_USE = BASE + "lbp-drug-use";

	public static final String LBP_IMMUNOSUPPRESSION = BASE + "lbp-immunosuppression";

	public static final String LBP_IMMUNOSUPPRESSANT_MEDICATION = BASE + "lbp-immunosuppressant-medication";

	public static final String LBP_SYSTEMIC_GLUCOCORTICOID = BASE + "lbp-systemic-glucocorticoid";

	public static final String LBP_GLUCOCORTICOID_ROUTE_DEPENDENT = BASE + "lbp-glucocorticoid-route-dependent";

	public static final String LBP_OSTEOPOROSIS = BASE + "lbp-osteoporosis";

	public static final String LBP_LOW_VELOCITY_TRAUMA = BASE + "lbp-low-velocity-trauma";

	public static final String LBP_CONSERVATIVE_MANAGEMENT = BASE + "lbp-conservative-management";

	private ValueSetUrls() {
	}

}
