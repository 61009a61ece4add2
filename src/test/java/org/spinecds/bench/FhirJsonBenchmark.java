package org.spinecds.bench;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.spinecds.FhirContextConfig;
import org.spinecds.hooks.TreeJsonParser;

/**
 * What one hook call's FHIR JSON costs with HAPI's parser, apart from everything else:
 * parsing the resources of a typical request (its draft orders and prefetch; from text,
 * and from the JSON tree as the service does) and encoding the resources its answer
 * carries. Run by bench/run.sh; the call is hooks/late-discectomy-ct-without-contrast,
 * order-sign.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FhirJsonBenchmark {

	private static final Path CALL = Path.of("hooks/late-discectomy-ct-without-contrast");

	private FhirContext fhirContext;

	private final List<String> requestResources = new ArrayList<>();

	private final List<ObjectNode> requestResourceTrees = new ArrayList<>();

	private final List<IBaseResource> answerResources = new ArrayList<>();

	@Setup
	public void setUp() throws IOException {
		fhirContext = new FhirContextConfig().fhirContext();
		ObjectMapper mapper = new ObjectMapper();
		JsonNode request = mapper.readTree(CALL.resolve("order-sign.request.json").toFile());
		requestResources.add(request.path("context").path("draftOrders").toString());
		request.path("prefetch").forEach(resource -> requestResources.add(resource.toString()));
		for (String resource : requestResources) {
			requestResourceTrees.add((ObjectNode) mapper.readTree(resource));
		}
		JsonNode answer = mapper.readTree(CALL.resolve("order-sign.response.json").toFile());
		for (JsonNode card : answer.path("cards")) {
			for (JsonNode suggestion : card.path("suggestions")) {
				suggestion.path("actions")
					.forEach(action -> answerResources.add(parse(action.path("resource").toString())));
			}
		}
		answer.path("systemActions").forEach(action -> answerResources.add(parse(action.path("resource").toString())));
		if (answerResources.isEmpty()) {
			throw new IllegalStateException(CALL + " answers with no resources: pick a call with a card");
		}
	}

	@Benchmark
	public void parseRequestResources(Blackhole blackhole) {
		for (String json : requestResources) {
			blackhole.consume(parse(json));
		}
	}

	/**
	 * What the service does: the resources read from the request's JSON tree
	 * (TreeJsonParser), not from text.
	 */
	@Benchmark
	public void parseRequestResourceTrees(Blackhole blackhole) {
		for (ObjectNode tree : requestResourceTrees) {
			blackhole.consume(TreeJsonParser.parse(fhirContext, FhirContextConfig.parserErrorHandler(), tree));
		}
	}

	@Benchmark
	public void encodeAnswerResources(Blackhole blackhole) {
		for (IBaseResource resource : answerResources) {
			blackhole.consume(fhirContext.newJsonParser().encodeResourceToString(resource));
		}
	}

	private IBaseResource parse(String json) {
		return fhirContext.newJsonParser().parseResource(json);
	}

}
