/**
 * Plain-text helpers shared by every layer: what a terminal may be shown of data values, and the edit distance
 * behind every "did you mean" hint. Plain Java; imports nothing else of the project.
 */
package io.safetynet.text;
