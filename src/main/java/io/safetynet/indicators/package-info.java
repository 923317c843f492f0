/**
 * The indicator tables the dashboard, notebooks and BI tools read: additive components per region, county, month,
 * category, visit type and tier (ratios computed last so roll-ups are exact), target gaps and over-protection,
 * out-of-catalogue spending, illness-driven poverty, services and fund spending. Reads the settlement and input
 * tables; imports {@code policy}, {@code config}, {@code warehouse}.
 */
package io.safetynet.indicators;
