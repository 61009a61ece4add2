package org.spinecds.feedback;

/**
 * The store scenarios on the default database, H2 (in memory here; a file under ./data
 * when run).
 */
class H2StoreIT extends StoreScenarios {

}
