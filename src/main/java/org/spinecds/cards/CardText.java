package org.spinecds.cards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spinecds.guideline.AcrLowBackPainVariant5;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.PostOperativeFootDrop;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.SafetyConcern;
import org.spinecds.guideline.SafetyFinding;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.Urgency;

/**
 * The words on a card: a summary read in five seconds, and a detail that shows the
 * evidence and the guideline.
 */
final class CardText {

	/** CDS Hooks: "<140 characters". */
	static final int MAX_SUMMARY = 139;

	private CardText() {
	}

	static String summary(Assessment assessment) {
		PostOperativeFootDrop findings = assessment.findings();
		String target = assessment.recommended().study().label();
		// One brief per kind of risk, so that three kidney findings do not crowd out an
		// implant.
		List<String> risks = List.copyOf(assessment.safety()
			.contraindications()
			.stream()
			.collect(Collectors.toMap(SafetyFinding::concern, SafetyFinding::brief, (first, next) -> first,
					LinkedHashMap::new))
			.values());
		boolean add = assessment.recommendation() == Recommendation.ADD_ORDER;
		String head;
		String action;
		if (findings.urgency() == Urgency.EMERGENT) {
			head = findings.daysFromSurgeryToOnset().isPresent()
					? "Foot drop " + days(findings.daysFromSurgeryToOnset().getAsLong()) + " after lumbar surgery"
					: "New foot drop within 30 days of lumbar surgery";
			action = (add ? "add " : "") + "STAT " + target + " and surgical review now";
		}
		else {
			head = "Foot drop after lumbar surgery";
			if (assessment.safety().avoidMri()) {
				action = "check the implant before any MRI, or order " + target;
			}
			else if (!risks.isEmpty()) {
				action = add ? "add " + target : "order " + target + " instead";
			}
			else {
				action = add ? "radiographs miss nerve compression; add " + target
						: "change " + assessment.ordered().category().label() + " to " + target;
			}
		}
		// Name up to two risks, fewer rather than cut the action short; the detail lists
		// them all.
		for (int named = Math.min(2, risks.size()); named >= 0; named--) {
			String summary = head + (named == 0 ? "" : ", " + String.join(", ", risks.subList(0, named))) + ": "
					+ action;
			if (summary.length() <= MAX_SUMMARY) {
				return summary;
			}
		}
		return (head + ": " + action).substring(0, MAX_SUMMARY - 1) + "…";
	}

	static String detail(Assessment assessment, String protocol) {
		PostOperativeFootDrop findings = assessment.findings();
		StringBuilder md = new StringBuilder();
		if (findings.urgency() == Urgency.EMERGENT) {
			md.append("**Emergency:** new foot drop in the first ")
				.append(Urgency.EARLY_POST_OPERATIVE_DAYS)
				.append(" days after lumbar surgery can mean an epidural hematoma or a malpositioned screw. ")
				.append("Image now (STAT) and ask the spine surgeon to review the patient today: ")
				.append("decompression within hours gives the best recovery.\n\n");
		}
		md.append("**Why this card:** new or progressing foot drop after prior lumbar spine surgery, ")
			.append(AcrLowBackPainVariant5.TITLE)
			.append(".\n\n");
		md.append("**Evidence**\n");
		findings.allFootDrop()
			.forEach(footDrop -> md.append("- Foot drop: ").append(EvidenceText.footDrop(footDrop)).append('\n'));
		findings.allSurgery()
			.forEach(surgery -> md.append("- Lumbar surgery: ").append(EvidenceText.surgery(surgery)).append('\n'));
		findings.daysFromSurgeryToOnset()
			.ifPresent(days -> md.append("- Foot drop began ")
				.append(days(days))
				.append(" after the surgery of ")
				.append(findings.surgery().performed().orElseThrow().text())
				.append('\n'));
		md.append("- Order: ").append(EvidenceText.order(assessment.ordered())).append("\n\n");
		appendSafety(md, assessment);
		appendRatings(md, assessment);
		md.append("**Protocol:** ").append(protocol).append("\n\n");
		appendAdvice(md, assessment);
		return md.toString();
	}

	private static void appendSafety(StringBuilder md, Assessment assessment) {
		if (!assessment.safety().contraindications().isEmpty()) {
			md.append("**Safety**\n");
			for (SafetyFinding finding : assessment.safety().contraindications()) {
				md.append("- ")
					.append(finding.evidence())
					.append(": ")
					.append(SafetyAdvice.of(finding.concern()))
					.append('\n');
			}
			md.append("- So ")
				.append(assessment.recommended().study().label())
				.append(" is recommended, not MRI with gadolinium.\n\n");
		}
		if (!assessment.safety().notes().isEmpty()) {
			md.append("**Also noted**\n");
			for (SafetyFinding finding : assessment.safety().notes()) {
				md.append("- ").append(finding.evidence()).append(SafetyAdvice.suffix(finding.concern())).append('\n');
			}
			md.append('\n');
		}
	}

	private static void appendRatings(StringBuilder md, Assessment assessment) {
		StudyCategory ordered = assessment.ordered().category();
		md.append("**ACR appropriateness (variant 5)**\n");
		md.append("- Ordered, ")
			.append(ordered.label())
			.append(": ")
			.append(assessment.rating().map(AcrRating::label).orElse("not rated by the ACR table"))
			.append('\n');
		for (StudyOption option : assessment.suggestions()) {
			md.append("- ")
				.append(option.recommended() ? "Recommended" : "Offered, not recommended")
				.append(", ")
				.append(option.study().label())
				.append(": ")
				.append(option.rating().label());
			if (option.study() == StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST) {
				md.append(". Gadolinium separates recurrent or residual disc herniation from epidural scar and shows")
					.append(" arachnoiditis and infection");
			}
			md.append('\n');
		}
		for (Map.Entry<StudyCategory, AcrRating> row : AcrLowBackPainVariant5.table().entrySet()) {
			boolean offered = assessment.options().stream().anyMatch(option -> option.study() == row.getKey());
			if (row.getKey() != ordered && !offered) {
				md.append("- ").append(row.getKey().label()).append(": ").append(row.getValue().label()).append('\n');
			}
		}
		md.append('\n');
	}

	private static void appendAdvice(StringBuilder md, Assessment assessment) {
		md.append("**Also**\n");
		md.append("- Image promptly: recovery of foot drop is better the shorter the palsy lasts.\n");
		if (!assessment.safety().has(SafetyConcern.SPINAL_HARDWARE)) {
			md.append("- If metal hardware spoils the MRI: CT myelography.\n");
		}
		md.append(
				"- EMG/nerve conduction studies separate L5 radiculopathy from peroneal neuropathy, but show findings ")
			.append("only after 10-18 days: never delay the MRI for them.\n");
		if (!assessment.safety().has(SafetyConcern.PERONEAL_NEUROPATHY)) {
			md.append("- If peroneal nerve compression at the fibular head is suspected (positioning, stockings): ")
				.append("MRI of the leg or knee.\n");
		}
	}

	private static String days(long days) {
		return days == 1 ? "1 day" : days + " days";
	}

}
