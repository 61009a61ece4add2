package org.spinecds.testing;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Turns one logger up in the running service, and back to its configured level on
 * {@link #close()}: the same call the {@code logging.level.*} properties and the
 * actuator's loggers endpoint make. A test that reads DEBUG output can so share its
 * Spring context with tests that do not.
 */
public final class LoggerLevel implements AutoCloseable {

	private final LoggingSystem logging;

	private final String logger;

	private final LogLevel configured;

	private LoggerLevel(LoggingSystem logging, String logger, LogLevel configured) {
		this.logging = logging;
		this.logger = logger;
		this.configured = configured;
	}

	/**
	 * Sets the logger ({@link LoggingSystem#ROOT_LOGGER_NAME} for the root) to the level.
	 */
	public static LoggerLevel set(LoggingSystem logging, String logger, LogLevel level) {
		LoggerConfiguration before = logging.getLoggerConfiguration(logger);
		LoggerLevel change = new LoggerLevel(logging, logger, (before != null) ? before.getConfiguredLevel() : null);
		logging.setLogLevel(logger, level);
		return change;
	}

	@Override
	public void close() {
		logging.setLogLevel(logger, configured);
	}

}
