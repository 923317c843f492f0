/**
 * Planners' scenarios: every scenario settled beside the baseline in one pass over the claims, compared measure by
 * measure into {@code scenario_comparison}.
 */
package io.safetynet.simulate;
