/**
 * The command line: one picocli class per command, parsing options, building a job's spec, running it under the
 * warehouse lock and turning known user mistakes into one-line messages and exit codes. May import every package;
 * holds no domain logic.
 */
package io.safetynet.cli;
