package org.spinecds.cards;

import java.util.Map;
import org.spinecds.guideline.AcrLowBackPainVariant5;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.PostOperativeFootDrop;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.Urgency;

/** The words on a card: a summary read in five seconds, and a detail that shows the evidence and the guideline. */
final class CardText {

	/** CDS Hooks: "<140 characters". */
	static final int MAX_SUMMARY = 139;

	private static final String MRI = "MRI lumbar spine without and with IV contrast";

	private CardText() {}

	static String summary(Assessment assessment) {
		PostOperativeFootDrop findings = assessment.findings();
		boolean add = assessment.recommendation() == Recommendation.ADD_MRI_WITHOUT_AND_WITH_CONTRAST;
		String summary;
		if (findings.urgency() == Urgency.EMERGENT) {
			String when = findings.daysFromSurgeryToOnset().isPresent()
					? "Foot drop " + days(findings.daysFromSurgeryToOnset().getAsLong()) + " after lumbar surgery"
					: "New foot drop within 30 days of lumbar surgery";
			summary = when + ": " + (add ? "add " : "") + "STAT " + MRI + " and surgical review now";
		} else if (add) {
			summary = "Foot drop after lumbar surgery: radiographs miss nerve compression; add " + MRI;
		} else {
			summary = "Foot drop after lumbar surgery: change " + assessment.ordered().category().label() + " to " + MRI;
		}
		return summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
	}

	static String detail(Assessment assessment, String protocol) {
		PostOperativeFootDrop findings = assessment.findings();
		StringBuilder md = new StringBuilder();
		if (findings.urgency() == Urgency.EMERGENT) {
			md.append("**Emergency:** new foot drop in the first ").append(Urgency.EARLY_POST_OPERATIVE_DAYS)
					.append(" days after lumbar surgery can mean an epidural hematoma or a malpositioned screw. ")
					.append("Image now (STAT) and ask the spine surgeon to review the patient today: ")
					.append("decompression within hours gives the best recovery.\n\n");
		}
		md.append("**Why this card:** new or progressing foot drop after prior lumbar spine surgery, ")
				.append(AcrLowBackPainVariant5.TITLE).append(".\n\n");
		md.append("**Evidence**\n");
		findings.allFootDrop().forEach(footDrop -> md.append("- Foot drop: ").append(EvidenceText.footDrop(footDrop)).append('\n'));
		findings.allSurgery().forEach(surgery -> md.append("- Lumbar surgery: ").append(EvidenceText.surgery(surgery)).append('\n'));
		findings.daysFromSurgeryToOnset().ifPresent(days -> md.append("- Foot drop began ").append(days(days))
				.append(" after the surgery of ").append(findings.surgery().performed().orElseThrow().text()).append('\n'));
		md.append("- Order: ").append(EvidenceText.order(assessment.ordered())).append("\n\n");
		appendRatings(md, assessment);
		md.append("**Protocol:** ").append(protocol).append("\n\n");
		appendAdvice(md, findings);
		return md.toString();
	}

	private static void appendRatings(StringBuilder md, Assessment assessment) {
		StudyCategory ordered = assessment.ordered().category();
		md.append("**ACR appropriateness (variant 5)**\n");
		md.append("- Ordered, ").append(ordered.label()).append(": ")
				.append(assessment.rating().map(AcrRating::label).orElse("not rated by the ACR table"))
				.append('\n');
		if (ordered != StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST) {
			md.append("- Recommended, ").append(MRI).append(": ").append(assessment.recommendedStudyRating().label())
					.append(". Gadolinium separates recurrent or residual disc herniation from epidural scar and shows")
					.append(" arachnoiditis and infection.\n");
		}
		for (Map.Entry<StudyCategory, AcrRating> row : AcrLowBackPainVariant5.table().entrySet()) {
			if (row.getKey() != ordered && row.getKey() != StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST) {
				md.append("- ").append(row.getKey().label()).append(": ").append(row.getValue().label()).append('\n');
			}
		}
		md.append('\n');
	}

	private static void appendAdvice(StringBuilder md, PostOperativeFootDrop findings) {
		md.append("**Also**\n");
		md.append("- Image promptly: recovery of foot drop is better the shorter the palsy lasts.\n");
		if (findings.hardwareOnRecord()) {
			md.append("- Fusion hardware on record: ask for metal-artifact-reduction sequences; ")
					.append("CT myelography if MRI is non-diagnostic.\n");
		} else {
			md.append("- If metal hardware spoils the MRI: CT myelography.\n");
		}
		md.append("- EMG/nerve conduction studies separate L5 radiculopathy from peroneal neuropathy, but show findings ")
				.append("only after 10-18 days: never delay the MRI for them.\n");
		md.append("- If peroneal nerve compression at the fibular head is suspected (positioning, stockings): ")
				.append("MRI of the leg or knee.\n");
	}

	private static String days(long days) {
		return days == 1 ? "1 day" : days + " days";
	}
}
