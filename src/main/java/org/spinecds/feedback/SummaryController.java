package org.spinecds.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.ErrorOutcomes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * {@code GET /admin/summary?from=&to=} for the CDS team, behind the bearer token
 * {@code cds.admin.token}. Without a configured token the endpoint does not exist (404,
 * like any unknown path).
 */
@RestController
class SummaryController {

	private static final Logger LOG = LoggerFactory.getLogger(SummaryController.class);

	static final Duration DEFAULT_RANGE = Duration.ofDays(30);

	private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	private final AdminProperties admin;

	private final SummaryReport report;

	private final ErrorOutcomes errors;

	private final Clock clock;

	SummaryController(AdminProperties admin, SummaryReport report, ErrorOutcomes errors, Clock clock) {
		this.admin = admin;
		this.report = report;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping(path = "/admin/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> summary(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to)
			throws NoResourceFoundException {
		if (!admin.enabled()) {
			throw new NoResourceFoundException(HttpMethod.GET, "admin/summary");
		}
		if (!holdsToken(authorization)) {
			return errors.answer(
					ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
					ErrorOutcomes.of(IssueType.LOGIN,
							"Send the admin token (cds.admin.token) as 'Authorization: Bearer <token>'."));
		}
		Instant end;
		Instant start;
		try {
			end = to == null ? clock.instant() : instant(to);
			start = from == null ? end.minus(DEFAULT_RANGE) : instant(from);
		}
		catch (DateTimeParseException e) {
			return errors.answer(HttpStatus.BAD_REQUEST, IssueType.INVALID, "from and to must be ISO 8601 date-times"
					+ " with time zone (2026-11-20T00:00:00Z) or dates (2026-11-20, midnight UTC).");
		}
		if (!start.isBefore(end)) {
			return errors.answer(HttpStatus.BAD_REQUEST, IssueType.INVALID, "from must be before to.");
		}
		try {
			return ResponseEntity.ok(report.between(start, end));
		}
		catch (RuntimeException e) {
			if (!DatabaseFailures.isOutage(e)) {
				throw e;
			}
			LOG.warn("Summary not computed, database unreachable or too slow: {}", e.getMessage());
			return errors.unavailable(RETRY_AFTER, "The audit database did not answer; try again later.");
		}
	}

	private boolean holdsToken(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		byte[] sent = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(sent, admin.token().getBytes(StandardCharsets.UTF_8));
	}

	private static Instant instant(String text) {
		return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
				: OffsetDateTime.parse(text).toInstant();
	}

}
