package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.irrt.jackson2.IrrtModule;
import org.irrt.model.membership.StatusOverride;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.membership.MembershipCommand;
import org.irrt.workflow.pledge.PledgeCommand;
import org.junit.jupiter.api.Test;

/**
 * Fault: a host's mapper that writes dates as timestamps (Jackson 2's default) wrote a command's
 * dates as arrays ({@code "endDate":[2026,1,31]}), although the module promises library dates as
 * ISO-8601 text whatever the host's settings: the commands' dates carried no {@code @JsonFormat},
 * unlike the model's values and most events. Now every date or time of a library type is text,
 * and reads back equal. Found by an adversary's pass over the JSON adapters.
 */
class CommandDatesAsTextRegressionTest {
  private final JsonMapper host = JsonMapper.builder().addModule(new IrrtModule())
      .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  @Test
  void aHostThatWritesTimestampsWritesACommandsDatesAsIsoText() throws Exception {
    var reminder = new MembershipCommand.RecordReminderSent(LocalDate.of(2026, 1, 31), 30);
    assertThat(host.writeValueAsString(reminder)).isEqualTo("{\"endDate\":\"2026-01-31\",\"daysFromEnd\":30}");
    var override = new MembershipCommand.OverrideStatus(StatusOverride.values()[0], Optional.of(LocalDate.of(2026, 6, 30)),
        "board decision");
    assertThat(host.writeValueAsString(override)).contains("\"until\":\"2026-06-30\"");
    var schedule = new PostCommand.Schedule(LocalDateTime.of(2026, 3, 8, 9, 30), ZoneId.of("America/Chicago"));
    assertThat(host.writeValueAsString(schedule))
        .isEqualTo("{\"localTime\":\"2026-03-08T09:30:00\",\"zone\":\"America/Chicago\"}");
    var cancel = new PledgeCommand.Cancel(LocalDate.of(2026, 2, 1), "donor moved");
    assertThat(host.writeValueAsString(cancel)).isEqualTo("{\"on\":\"2026-02-01\",\"reason\":\"donor moved\"}");
    for (Object command : new Object[] {reminder, override, schedule, cancel}) {
      assertThat(host.readValue(host.writeValueAsString(command), command.getClass())).isEqualTo(command);
    }
  }

  @Test
  void aHostsOwnDatesAreStillWrittenAsTheHostSays() throws Exception {
    // a type outside the library's packages (a record declared here would be in org.irrt.workflow)
    assertThat(host.writeValueAsString(java.util.Map.of("day", LocalDate.of(2026, 1, 31))))
        .isEqualTo("{\"day\":[2026,1,31]}");
  }
}
