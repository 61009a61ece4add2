package org.spinecds.terminology;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param localValueSetsDir optional folder of site-specific ValueSet JSON files; a file
 * with a built-in URL extends that value set (e.g. local orderable codes), others are
 * added
 */
@ConfigurationProperties(prefix = "cds.terminology")
public record TerminologyProperties(Path localValueSetsDir) {
}
