/**
 * Indicator tables (additive components; ratios computed last), the inspectors' flags, the dashboard and the claim
 * explanation, all read from the settlement and input tables.
 */
package io.safetynet.indicators;
