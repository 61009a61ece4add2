package org.spinecds.bench;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.spinecds.AcrRatingsTables;
import org.spinecds.cards.CardRenderer;
import org.spinecds.cards.CardTemplates;
import org.spinecds.guideline.acr.lbp.LbpProcedures;
import org.spinecds.guideline.acr.lbp.LowBackPainGuideline;
import org.spinecds.guideline.acr.lbp.LowBackPainSettings;
import org.spinecds.cards.OrderableStudies;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.guideline.GuidelineEvaluator;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.ValueSetLoader;
import org.spinecds.terminology.ValueSetSource;

/**
 * The clinical logic's own cost: an already parsed patient record and draft orders in,
 * cards out (no HTTP, no JSON). Run by bench/run.sh; the patient is
 * fhir-examples/pt-late-discectomy.json with a CT and an MRI order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

	private GuidelineEvaluator evaluator;

	private CardRenderer renderer;

	private PatientRecord record;

	private List<ServiceRequest> orders;

	@Setup
	public void setUp() throws IOException {
		FhirContext fhirContext = FhirContext.forR4();
		List<ValueSetSource> builtIn;
		try (var files = Files.list(Path.of("src/main/resources/terminology/valuesets"))) {
			builtIn = files.sorted().map(EvaluationBenchmark::source).toList();
		}
		var valueSets = new ValueSetLoader(fhirContext).load(builtIn, List.of());
		var guideline = new LowBackPainGuideline(valueSets,
				AcrRatingsTables.load(AcrRatingsTables.LOW_BACK_PAIN, LbpProcedures.ALL, LowBackPainGuideline.VARIANTS),
				LowBackPainSettings.DEFAULTS);
		evaluator = new GuidelineEvaluator(valueSets, List.of(guideline));
		renderer = new CardRenderer(OrderableStudies.load(fhirContext, StudyOptions.OFFERABLE),
				CardTemplates.load(LowBackPainGuideline.CARD_TEMPLATES, CardRenderer.placeholders()),
				() -> UUID.randomUUID().toString());
		Bundle patient = fhirContext.newJsonParser()
			.parseResource(Bundle.class, Files.readString(Path.of("fhir-examples/pt-late-discectomy.json")));
		record = PatientRecord.of("pt-late-discectomy", resources(patient, Condition.class),
				resources(patient, Procedure.class));
		orders = List.of(order("sr-ct", "72131"), order("sr-mri", "72148"));
	}

	@Benchmark
	public ArgonautCdsServiceResponseJson evaluateAndRender() {
		return renderer.render(evaluator.evaluate(record, orders, List.of(), LocalDate.of(2026, 11, 20)));
	}

	private static ServiceRequest order(String id, String cpt) {
		ServiceRequest order = new ServiceRequest();
		order.setId(id);
		order.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
		order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		order.getCode().addCoding().setSystem("http://www.ama-assn.org/go/cpt").setCode(cpt);
		order.getSubject().setReference("Patient/pt-late-discectomy");
		return order;
	}

	private static <T> List<T> resources(Bundle bundle, Class<T> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static ValueSetSource source(Path file) {
		try {
			return new ValueSetSource(file.getFileName().toString(), Files.readString(file));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
