package org.irrt.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import org.irrt.model.common.PartialDate;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pages' words for what the workflows hold, in the visitor's language, as irrt's refusals name
 * them: {@code ${@words.state('membership-application', app.state)}} shows "submitted" (« soumise »
 * in French), {@code ${@words.command(e.header.command)}} "start review", {@code
 * ${@words.time(e.header.at)}} the instant in the organisation's zone as the language writes it.
 */
@Component("words")
public class StateWords {
  private final Organisation organisation;

  /**
   * Words for the organisation's pages.
   *
   * @param organisation the organisation, for its zone
   */
  public StateWords(Organisation organisation) {
    this.organisation = organisation;
  }

  /**
   * A state in the visitor's words.
   *
   * @param workflow the workflow's name, such as {@code membership-application}
   * @param state the state
   * @return the words, or the state's code for a state irrt has no words for
   */
  public String state(String workflow, Enum<?> state) {
    return Refusal.Word.state(workflow, state).in(LocaleContextHolder.getLocale());
  }

  /**
   * A command, by the code an event's header keeps ({@code START_REVIEW}), in the visitor's words.
   *
   * @param code the command's code
   * @return the words, or the code for a command irrt has no words for
   */
  public String command(String code) {
    return Refusal.Word.command(code).in(LocaleContextHolder.getLocale());
  }

  /**
   * A date as precise as it is known, as the visitor's language writes it: "January 1949" (a
   * month), "March 2, 2026" (a day), "1949" (a year), from CLDR's patterns through ICU.
   *
   * @param date the date
   * @return the text
   */
  public String date(PartialDate date) {
    ULocale locale = ULocale.forLocale(LocaleContextHolder.getLocale());
    java.util.Date start = java.util.Date.from(date.earliest().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    DateFormat format = date.date().isPresent() ? DateFormat.getDateInstance(DateFormat.LONG, locale)
        : date.yearMonth().isPresent() ? DateFormat.getInstanceForSkeleton("yMMMM", locale)
        : DateFormat.getInstanceForSkeleton("y", locale);
    format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    return format.format(start);
  }

  /**
   * An instant in the organisation's zone, as the visitor's language writes a date and time.
   *
   * @param at the instant
   * @return e.g. "Dec 7, 2026, 12:51:16 PM"
   */
  public String time(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
        .withZone(organisation.zone()).format(at);
  }
}
