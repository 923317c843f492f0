package io.safetynet.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic for the emergency-referral window (seed 001: paperwork "5个工作日内"). Working days are
 * Monday to Friday; public holidays are not modelled (an assumption: the seeds give no holiday calendar, and
 * ignoring holidays can only make the window shorter, never longer).
 */
public final class WorkingDays {
  private WorkingDays() {}

  /** The date {@code n} working days after {@code date}. */
  public static LocalDate plus(LocalDate date, int n) {
    LocalDate d = date;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
