package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.spinecds.patient.FhirFetchMetrics.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One prefetch query against the EHR's FHIR server: a read ({@code Patient/123}), or a
 * search for large pages ({@code _count}) and its next pages on the same origin. An
 * answer that is not what the template asks for (wrong resource type, too many pages, a
 * next page elsewhere) ends in {@link NotObtainedException}: deciding on part of the
 * record could hide a finding. Every HTTP request is counted in {@link FhirFetchMetrics}.
 */
final class FhirQuery implements Callable<List<Resource>> {

	/**
	 * @param pageSize the {@code _count} asked for, unless the query names its own
	 * @param maxPages pages read at most, the first included
	 * @param maxResources resources read before no further page is requested
	 */
	record Limits(int pageSize, int maxPages, int maxResources) {

		static Limits of(FhirClientProperties properties) {
			return new Limits(properties.pageSize(), properties.maxPages(), properties.maxResources());
		}
	}

	private static final Logger LOG = LoggerFactory.getLogger(FhirQuery.class);

	private static final Pattern READ = Pattern.compile("[A-Za-z]+/[^/?]+");

	private static final Pattern HAS_COUNT = Pattern.compile("[?&]_count=");

	private final IGenericClient client;

	private final CallScope scope;

	private final URI base;

	private final PrefetchKey key;

	private final String query;

	private final Limits limits;

	private final FhirFetchMetrics metrics;

	private int pages;

	FhirQuery(IGenericClient client, CallScope scope, URI base, PrefetchKey key, String query, Limits limits,
			FhirFetchMetrics metrics) {
		this.client = client;
		this.scope = scope;
		this.base = base;
		this.key = key;
		this.query = query;
		this.limits = limits;
		this.metrics = metrics;
	}

	@Override
	public List<Resource> call() throws NotObtainedException {
		long started = System.nanoTime();
		String status = "ok";
		try (CallScope.Binding bound = scope.bind()) {
			return READ.matcher(query).matches() ? read() : search();
		}
		catch (NotObtainedException e) {
			status = e.reason().detail();
			throw e;
		}
		catch (RuntimeException e) {
			// Interrupted: the deadline passed and the request was aborted under this
			// thread.
			NotObtained reason = Thread.currentThread().isInterrupted()
					? NotObtained.failed("cancelled at the deadline") : FetchErrors.reasonFor(e);
			status = reason.detail();
			throw new NotObtainedException(reason);
		}
		finally {
			LOG.debug("FHIR query host={} key={} status={} pages={} durationMs={}", base.getHost(), key.key(), status,
					pages, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
	}

	private List<Resource> read() throws NotObtainedException {
		IBaseResource resource = counted(Page.FIRST,
				() -> client.read().resource(key.resourceType()).withUrl(query).execute());
		pages = 1;
		if (!key.resourceType().isInstance(resource)) {
			throw wrongType(resource);
		}
		return List.of((Resource) resource);
	}

	private List<Resource> search() throws NotObtainedException {
		IQuery<Bundle> search = client.search().byUrl(query).returnBundle(Bundle.class);
		Bundle page = counted(Page.FIRST,
				(HAS_COUNT.matcher(query).find() ? search : search.count(limits.pageSize()))::execute);
		pages = 1;
		List<Resource> resources = new ArrayList<>(matches(page));
		while (page.getLink(Bundle.LINK_NEXT) != null && page.getLink(Bundle.LINK_NEXT).hasUrl()) {
			String link = page.getLink(Bundle.LINK_NEXT).getUrl();
			if (pages >= limits.maxPages()) {
				throw new NotObtainedException(NotObtained
					.incomplete("more than " + limits.maxPages() + " searchset pages, cds.fhir.max-pages"));
			}
			if (resources.size() >= limits.maxResources()) {
				throw new NotObtainedException(NotObtained
					.incomplete("more than " + limits.maxResources() + " resources, cds.fhir.max-resources"));
			}
			Optional<URI> next = SameOriginPaging.nextPage(base, link);
			if (next.isEmpty()) {
				LOG.warn("Not following a searchset next link away from the fhirServer: fhirServer host={} key={}"
						+ " link origin={}", base.getHost(), key.key(), SameOriginPaging.originOf(link));
				throw new NotObtainedException(
						NotObtained.incomplete("its next page is on another server or path, which is not followed"));
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new NotObtainedException(NotObtained.failed("cancelled at the deadline"));
			}
			String nextPage = next.get().toString();
			page = counted(Page.NEXT, () -> client.loadPage().byUrl(nextPage).andReturnBundle(Bundle.class).execute());
			pages++;
			resources.addAll(matches(page));
		}
		return resources;
	}

	/** Sends one HTTP request and counts it with its outcome. */
	private <T> T counted(Page page, Supplier<T> request) {
		try {
			T answer = request.get();
			metrics.requested(key, page, "ok");
			return answer;
		}
		catch (RuntimeException e) {
			boolean abandoned = Thread.currentThread().isInterrupted() || FetchErrors.isAborted(e);
			metrics.requested(key, page, abandoned ? FhirFetchMetrics.lowerCase(NotObtained.Cause.DEADLINE)
					: FhirFetchMetrics.lowerCase(FetchErrors.reasonFor(e).cause()));
			throw e;
		}
	}

	/**
	 * The page's resources of the key's type; OperationOutcomes and included resources
	 * are not patient data.
	 */
	private List<Resource> matches(Bundle page) throws NotObtainedException {
		List<Resource> matches = new ArrayList<>();
		for (Bundle.BundleEntryComponent entry : page.getEntry()) {
			Resource resource = entry.getResource();
			if (resource == null || resource instanceof OperationOutcome
					|| entry.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE) {
				continue;
			}
			if (!key.resourceType().isInstance(resource)) {
				throw wrongType(resource);
			}
			matches.add(resource);
		}
		return matches;
	}

	private NotObtainedException wrongType(IBaseResource resource) {
		String found = resource == null ? "nothing" : resource.fhirType();
		return new NotObtainedException(
				NotObtained.failed("expected " + key.resourceType().getSimpleName() + ", got " + found));
	}

}
