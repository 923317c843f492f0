/**
 * The provincial dashboard: one self-contained HTML file (ECharts inlined, no server) written into the warehouse
 * from the indicator, projection and inspection tables, small cells suppressed, data escaped as text. Imports
 * {@code indicators} and {@code inspect}.
 */
package io.safetynet.dashboard;
