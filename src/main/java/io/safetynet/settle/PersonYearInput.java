package io.safetynet.settle;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One person-year as {@link PersonYearRows} reads it off the person stream of {@link SettleInputs#personStream}:
 * its claim rows (columns {@link SettleInputs#CLAIM_COLUMNS} and {@code insurance_year}), its enrolment struct
 * (null when the person is not enrolled that year), the person's referral structs (sorted by referral id), the
 * hashes the fingerprint is made of, and the fingerprint stored with its settlement rows (null when none).
 */
public record PersonYearInput(
    String personId,
    int year,
    List<Row> claims,
    Row enrolment,
    List<Row> referrals,
    long[] rowHashes,
    long enrolmentHash,
    long referralHash,
    Long storedHash) {}
