package org.spinecds.hooks;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.spinecds.cards.CardRenderer;
import org.spinecds.feedback.AlertFatigue;
import org.spinecds.guideline.GuidelineEvaluator;
import org.spinecds.record.PatientRecord;
import org.spinecds.patient.PatientRecordAssembler;
import org.springframework.stereotype.Component;

/**
 * One pipeline for both hooks: pick the orders, assemble the patient record, evaluate,
 * render, then hold back the cards this user has just overridden for this patient and
 * study (their ratings stay), and on order-sign the indication requests already shown on
 * order-select. When no order is one the guideline rates (a leg MRI, the sandbox's first
 * call with an empty code), no patient data could change the answer: it is none at once,
 * without asking the EHR's FHIR server anything.
 */
@Component
class OrderHookHandler {

	private final PatientRecordAssembler assembler;

	private final GuidelineEvaluator evaluator;

	private final CardRenderer renderer;

	private final AlertFatigue alertFatigue;

	private final Clock clock;

	OrderHookHandler(PatientRecordAssembler assembler, GuidelineEvaluator evaluator, CardRenderer renderer,
			AlertFatigue alertFatigue, Clock clock) {
		this.assembler = assembler;
		this.evaluator = evaluator;
		this.renderer = renderer;
		this.alertFatigue = alertFatigue;
		this.clock = clock;
	}

	ArgonautCdsServiceResponseJson handle(OrderHook service, CdsServiceRequestJson request) {
		HookContext context = DraftOrders.inScope(service, request);
		if (!evaluator.ratesAny(context.orders())) {
			return renderer.render(List.of());
		}
		PatientRecord record = assembler.assemble(request, context.patientId(), CallArrival.nanos());
		ArgonautCdsServiceResponseJson response = renderer
			.render(evaluator.evaluate(record, context.orders(), context.otherDraftOrders(), LocalDate.now(clock)));
		response.suppress(alertFatigue.recentlyOverridden(context.patientId(), context.userId(),
				ResponseFacts.cards(response.getCards(), response)));
		if (service == OrderHook.ORDER_SIGN) {
			response
				.suppress(alertFatigue.alreadyShownElsewhere(service.serviceId(), context.patientId(), context.userId(),
						ResponseFacts.cards(response.getCards(), response), CardRenderer.QUIET_AFTER_SELECT));
		}
		return response;
	}

}
