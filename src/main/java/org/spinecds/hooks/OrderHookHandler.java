package org.spinecds.hooks;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import java.time.Clock;
import java.time.LocalDate;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.spinecds.cards.CardRenderer;
import org.spinecds.guideline.GuidelineEvaluator;
import org.spinecds.patient.PatientRecord;
import org.spinecds.patient.PatientRecordAssembler;
import org.springframework.stereotype.Component;

/** One pipeline for both hooks: pick the orders, assemble the patient record, evaluate, render. */
@Component
class OrderHookHandler {

	private final PatientRecordAssembler assembler;
	private final GuidelineEvaluator evaluator;
	private final CardRenderer renderer;
	private final Clock clock;

	OrderHookHandler(
			PatientRecordAssembler assembler, GuidelineEvaluator evaluator, CardRenderer renderer, Clock clock) {
		this.assembler = assembler;
		this.evaluator = evaluator;
		this.renderer = renderer;
		this.clock = clock;
	}

	ArgonautCdsServiceResponseJson handle(OrderHook service, CdsServiceRequestJson request) {
		HookContext context = DraftOrders.inScope(service, request);
		PatientRecord record = assembler.assemble(request, context.patientId());
		return renderer.render(evaluator.evaluate(record, context.orders(), context.otherDraftOrders(), LocalDate.now(clock)));
	}
}
