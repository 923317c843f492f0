/**
 * The immutable policy model: dated terms of a region's basic, critical-illness, assistance and supplementary
 * schemes, every parameter with its source. Plain Java records; imports nothing else of the project.
 */
package io.safetynet.policy;
