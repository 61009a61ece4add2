package org.spinecds.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.spinecds.feedback.StatementTimeouts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code jti} store every replica shares: one row per accepted token in the
 * {@code used_jwt} table. The insert is the check: its primary key (issuer, jti) lets
 * exactly one insert win, however many replicas race on the same token. A row past its
 * {@code keep_until} no longer counts and is removed by {@link #purgeExpired()}. A
 * database error is thrown as it is: it says nothing about the token.
 */
public class DatabaseReplayCache implements SharedReplayStore {

	static final int COLUMN_LENGTH = 255;

	private final JdbcClient checks;

	private final JdbcClient purges;

	private final Clock clock;

	/**
	 * @param timeouts where statement timeouts apply
	 * @param queryTimeout the JDBC query timeout of each check, so a statement stuck in
	 * the database gives its connection back (JDBC counts whole seconds: at least one)
	 */
	public DatabaseReplayCache(StatementTimeouts timeouts, DataSource dataSource, Duration queryTimeout, Clock clock) {
		this.checks = JdbcClient.create(timeouts.template(dataSource, queryTimeout));
		this.purges = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public boolean firstUse(String issuer, String jti, Instant keepUntil) {
		try {
			checks.sql("insert into used_jwt (issuer, jti, keep_until) values (:issuer, :jti, :keepUntil)")
				.param("issuer", stored(issuer))
				.param("jti", stored(jti))
				.param("keepUntil", utc(keepUntil))
				.update();
			return true;
		}
		catch (DuplicateKeyException seenBefore) {
			return takeOverExpired(issuer, jti, keepUntil);
		}
	}

	@Override
	public void checkReachable() {
		checks.sql("select count(*) from used_jwt where 1 = 0").query(Long.class).single();
	}

	/**
	 * Deletes the rows whose tokens can no longer be accepted anyway; answers how many.
	 */
	public int purgeExpired() {
		return purges.sql("delete from used_jwt where keep_until <= :now").param("now", utc(clock.instant())).update();
	}

	/**
	 * The row is there: the token is new only if that row has expired, and then only for
	 * one of several racers.
	 */
	private boolean takeOverExpired(String issuer, String jti, Instant keepUntil) {
		return checks.sql("""
				update used_jwt set keep_until = :keepUntil
				where issuer = :issuer and jti = :jti and keep_until <= :now""")
			.param("keepUntil", utc(keepUntil))
			.param("issuer", stored(issuer))
			.param("jti", stored(jti))
			.param("now", utc(clock.instant()))
			.update() == 1;
	}

	/**
	 * The value itself, or for one longer than the column its SHA-256: still one row per
	 * distinct value.
	 */
	static String stored(String value) {
		if (value.length() <= COLUMN_LENGTH) {
			return value;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
