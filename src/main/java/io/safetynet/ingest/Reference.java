package io.safetynet.ingest;

import java.io.Serializable;

/** A column whose value must exist in another dataset (in this batch or already in the warehouse). */
public record Reference(String column, String targetDataset, String targetColumn) implements Serializable {}
