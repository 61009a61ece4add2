package org.spinecds.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link ReplayCache} every replica shares: one row per accepted token in the
 * {@code used_jwt} table. The insert is the check: its primary key (issuer, jti) lets
 * exactly one insert win, however many replicas race on the same token. A row past its
 * {@code keep_until} no longer counts (the in-memory cache forgot such tokens too) and is
 * removed by {@link #purgeExpired()}.
 */
public class DatabaseReplayCache implements ReplayCache {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseReplayCache.class);
	static final int COLUMN_LENGTH = 255;

	private final JdbcClient jdbc;

	private final Clock clock;

	public DatabaseReplayCache(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean firstUse(String issuer, String jti, Instant keepUntil) {
		try {
			jdbc.sql("insert into used_jwt (issuer, jti, keep_until) values (:issuer, :jti, :keepUntil)")
				.param("issuer", stored(issuer))
				.param("jti", stored(jti))
				.param("keepUntil", utc(keepUntil))
				.update();
			return true;
		}
		catch (DuplicateKeyException seenBefore) {
			return takeOverExpired(issuer, jti, keepUntil);
		}
		catch (DataAccessException e) {
			LOG.error("Replay cache unavailable, refusing the token: {}", e.getMessage());
			return false;
		}
	}

	/**
	 * Deletes the rows whose tokens can no longer be accepted anyway; answers how many.
	 */
	public int purgeExpired() {
		return jdbc.sql("delete from used_jwt where keep_until <= :now").param("now", utc(clock.instant())).update();
	}

	/**
	 * The row is there: the token is new only if that row has expired, and then only for
	 * one of several racers.
	 */
	private boolean takeOverExpired(String issuer, String jti, Instant keepUntil) {
		try {
			return jdbc.sql("""
					update used_jwt set keep_until = :keepUntil
					where issuer = :issuer and jti = :jti and keep_until <= :now""")
				.param("keepUntil", utc(keepUntil))
				.param("issuer", stored(issuer))
				.param("jti", stored(jti))
				.param("now", utc(clock.instant()))
				.update() == 1;
		}
		catch (DataAccessException e) {
			LOG.error("Replay cache unavailable, refusing the token: {}", e.getMessage());
			return false;
		}
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
