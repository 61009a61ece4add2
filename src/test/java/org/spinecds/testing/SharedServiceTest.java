package org.spinecds.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, in its default (open) configuration, as one Spring
 * context that every test class carrying this annotation shares: Spring's test context
 * cache starts it once per run. So that it can be shared, it is the union of what those
 * classes need: the clock of the hook examples, Prometheus metrics, and the WireMock EHR
 * servers on localhost (and the cloud metadata address, which the service must still
 * refuse) allowed as fhirServer. A test that needs a logger at DEBUG sets it for itself
 * ({@link LoggerLevel}), as an operator would at run time.
 * <p>
 * Add a property here only when every sharing class can live with it; a test that needs
 * other settings (another deadline, trusted clients, an admin token) keeps its own
 * {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cds.fhir.allowed-servers=http://localhost:*/fhir,http://169.254.169.254")
@AutoConfigureObservability
@Import(ExamplesClock.class)
public @interface SharedServiceTest {

}
