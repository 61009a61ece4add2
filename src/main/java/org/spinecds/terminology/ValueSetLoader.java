package org.spinecds.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ValueSet;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * Parses and compiles value set files into {@link ValueSets}. Built-in files must have
 * distinct URLs; a drop-in file with the URL of an already loaded value set extends it
 * (union of codes), any other drop-in file adds a new value set. Every problem is a
 * {@link TerminologyLoadException} naming the file.
 */
public final class ValueSetLoader {

	private final FhirContext fhirContext;

	public ValueSetLoader(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	public ValueSets load(List<ValueSetSource> builtIn, List<ValueSetSource> dropIn) {
		Map<String, List<ValueSetPart>> partsByUrl = new LinkedHashMap<>();
		for (ValueSetSource source : builtIn) {
			ValueSetPart part = compile(source);
			List<ValueSetPart> existing = partsByUrl.get(part.url());
			if (existing != null) {
				throw new TerminologyLoadException("Built-in value set files " + existing.get(0).source() + " and "
						+ source.name() + " share the URL " + part.url());
			}
			partsByUrl.put(part.url(), new ArrayList<>(List.of(part)));
		}
		for (ValueSetSource source : dropIn) {
			ValueSetPart part = compile(source);
			partsByUrl.computeIfAbsent(part.url(), url -> new ArrayList<>()).add(part);
		}
		return new ValueSets(ValueSetResolver.resolve(partsByUrl));
	}

	private ValueSetPart compile(ValueSetSource source) {
		return ValueSetCompiler.compile(parse(source), source.name());
	}

	private ValueSet parse(ValueSetSource source) {
		IBaseResource resource;
		try {
			// Strict: an unknown element (e.g. a typo like "concepts") must fail, not be
			// skipped silently.
			IParser parser = fhirContext.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
			resource = parser.parseResource(source.json());
		}
		catch (RuntimeException e) {
			throw new TerminologyLoadException(
					"Value set file " + source.name() + " is not valid FHIR JSON: " + e.getMessage(), e);
		}
		if (!(resource instanceof ValueSet valueSet)) {
			throw new TerminologyLoadException("Value set file " + source.name() + " is a "
					+ fhirContext.getResourceType(resource) + ", not a ValueSet");
		}
		return valueSet;
	}

}
