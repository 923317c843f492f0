package io.safetynet.generate;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate: {@code persons} people (grouped into households) over {@code years} insurance years starting
 * with {@code firstYear}, from {@code seed}, into {@code outputDirectory}, spread evenly over {@code regions}.
 * Datasets in {@code jsonLines} are written as JSON Lines ({@code .jsonl}) instead of CSV.
 */
public record Spec(
    long persons, int years, int firstYear, long seed, Path outputDirectory, List<Region> regions,
    Set<Dataset> jsonLines) {
  public static final int DEFAULT_FIRST_YEAR = 2018;

  public Spec {
    if (persons < 1) {
      throw new IllegalArgumentException("persons must be at least 1, got " + persons);
    }
    if (years < 1 || years > 30) {
      throw new IllegalArgumentException("years must be between 1 and 30, got " + years);
    }
    if (firstYear < 2015 || firstYear > 2100) {
      throw new IllegalArgumentException("firstYear must be between 2015 and 2100 (registration of the poor began in"
          + " 2014 and the generator starts one year later), got " + firstYear);
    }
    Objects.requireNonNull(outputDirectory, "outputDirectory is required: the directory to write the CSV files to");
    if (regions == null || regions.isEmpty()) {
      throw new IllegalArgumentException("at least one region is required, e.g. " + List.of(Region.values()));
    }
    regions = List.copyOf(regions);
    jsonLines = jsonLines == null || jsonLines.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(jsonLines));
  }

  /** All regions, first year 2018, everything as CSV. */
  public static Spec of(long persons, int years, long seed, Path outputDirectory) {
    return new Spec(persons, years, DEFAULT_FIRST_YEAR, seed, outputDirectory, List.of(Region.values()), Set.of());
  }

  public Spec withFirstYear(int year) {
    return new Spec(persons, years, year, seed, outputDirectory, regions, jsonLines);
  }

  public Spec withRegions(List<Region> list) {
    return new Spec(persons, years, firstYear, seed, outputDirectory, list, jsonLines);
  }

  public Spec withJsonLines(Set<Dataset> datasets) {
    return new Spec(persons, years, firstYear, seed, outputDirectory, regions, datasets);
  }

  OutputFormat formatOf(Dataset dataset) {
    return jsonLines.contains(dataset) ? OutputFormat.JSON_LINES : OutputFormat.CSV;
  }
}
