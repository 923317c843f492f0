/**
 * One claim's settlement explained: its trace steps as sentences (Chinese or English) with the arithmetic and the
 * clause by document title, or as raw steps in JSON. Imports {@code indicators} for table access.
 */
package io.safetynet.explain;
