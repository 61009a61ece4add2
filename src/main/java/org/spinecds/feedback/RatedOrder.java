package org.spinecds.feedback;

/**
 * @param orderCode the order's first coding as {@code system|code}, or null when it has
 * none
 * @param rating the ACR appropriateness category attached to it
 */
public record RatedOrder(String orderCode, String rating) {
}
