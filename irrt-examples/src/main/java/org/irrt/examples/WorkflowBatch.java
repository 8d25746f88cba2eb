package org.irrt.examples;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.Violation;
import org.irrt.model.membership.MembershipType;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.membership.ApplicationCommand;

/**
 * A batch of workflow commands, read from a JSON file as validated values: the library's own
 * commands ({@code ApplicationCommand}, {@code VolunteerCommand}), each with who issues it and when,
 * and the people who act, with their names and roles. A bad file is refused with every problem at
 * its path ({@code applications[2].by}), as every other file of the examples is.
 *
 * <p>A command is written as its record's name around its components: {@code {"Submit": {}}},
 * {@code {"Appoint": {"committee": "membership", "role": "CHAIR", "termYears": 2}}}. Jackson reads
 * them through a mix-in (the library's command types carry no JSON annotations), the library values
 * inside them (a {@code Member}, a {@code PaymentReference}) through the adapter, and Bean
 * Validation checks what a file must give ({@code @NotNull}, {@code @NotEmpty}).
 */
public final class WorkflowBatch {
  /** The class-path resource of the synthetic, international sample. */
  public static final String SAMPLE = "/org/irrt/examples/actions.json";

  private WorkflowBatch() {}

  /**
   * A batch file.
   *
   * @param note a free note about the data
   * @param zone the organisation's time zone
   * @param membershipTypes the types applications name
   * @param people everyone who acts: id, name and roles
   * @param applications membership application commands; {@code on} is the form's client token
   * @param volunteering committee volunteer commands; {@code on} is the volunteer form's id
   */
  public record Batch(Optional<String> note, @NotNull ZoneId zone, @NotNull List<@NotNull MembershipType> membershipTypes,
      @NotEmpty List<@NotNull @Valid Person> people, @NotNull List<@NotNull @Valid Step<ApplicationCommand>> applications,
      @NotNull List<@NotNull @Valid Step<VolunteerCommand>> volunteering) {
    /** The person with an id, as an actor with their roles. */
    Person person(ActorId id) {
      return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
  }

  /**
   * Someone who acts.
   *
   * @param id the actor id
   * @param name the name the output shows
   * @param roles the roles held
   */
  public record Person(@NotNull ActorId id, @NotNull PersonName name, @NotEmpty Set<@NotNull Role> roles) {
    Actor actor() {
      return new Actor(id, roles);
    }
  }

  /**
   * One command, issued by someone at an instant.
   *
   * @param at when (an ISO instant, such as {@code 2026-09-01T14:00:00Z})
   * @param by who: the id of one of the {@code people}
   * @param on the instance: an application's client token, or a volunteer form's id
   * @param comment a comment for the audit trail
   * @param command the library's command
   * @param <C> the command type
   */
  public record Step<C>(@NotNull Instant at, @NotNull ActorId by, @NotBlank String on, Optional<String> comment,
      @NotNull C command) {}

  /** Reads a command as {@code {"RecordName": {...}}}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
  private interface ByRecordName {}

  /**
   * A batch from a file, or the bundled sample.
   *
   * @param file a UTF-8 JSON file, or {@code null}
   * @return the batch
   * @throws InvalidValueException naming every problem with its path
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Batch load(Path file) {
    JsonMapper mapper = IrrtJson.newMapper().rebuild()
        .addMixIn(ApplicationCommand.class, ByRecordName.class).addMixIn(VolunteerCommand.class, ByRecordName.class)
        .registerSubtypes(ApplicationCommand.class.getPermittedSubclasses())
        .registerSubtypes(VolunteerCommand.class.getPermittedSubclasses()).build();
    // One pass: every problem of the reading, of the constraints and of the people and steps, in one report.
    ExampleFiles.Read<Batch> read = ExampleFiles.readAll(file, SAMPLE, Batch.class, "actions file", mapper);
    Batch batch = read.value();
    List<Violation> checks = new ArrayList<>(ExampleFiles.validate(batch));
    List<Person> people = batch.people() == null ? List.of() : batch.people();
    Map<ActorId, Integer> first = new HashMap<>();
    for (int i = 0; i < people.size(); i++) { // the id system is the system's; an id names one person
      Person p = people.get(i);
      if (p != null && ActorId.SYSTEM.equals(p.id()) && !Set.of(Role.SYSTEM).equals(p.roles())) {
        checks.add(new Violation("people[" + i + "].id", "org.irrt.examples.systemReserved",
            locale -> CliMessages.of(locale).get("workflows.systemReserved")));
      }
      Integer earlier = p == null || p.id() == null ? null : first.putIfAbsent(p.id(), i);
      if (earlier != null) { // as members.json's repeated id: before, the first person silently stood for both
        checks.add(new Violation("people[" + i + "].id", "org.irrt.model.duplicateId", List.of("people[" + earlier + "]"),
            (locale, paths) -> CliMessages.of(locale).get("workflows.personTwice", paths.get(0))));
      }
    }
    // a step names one of the people, unless someone's id could not be read; its comment is valid text
    boolean known = batch.people() != null && people.stream().allMatch(p -> p != null && p.id() != null);
    steps(batch, known, "applications", batch.applications(), checks);
    steps(batch, known, "volunteering", batch.volunteering(), checks);
    List<Violation> problems = read.with(checks);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("actions file", problems);
    }
    return batch;
  }

  private static void steps(Batch batch, boolean known, String list, List<? extends Step<?>> steps, List<Violation> problems) {
    for (int i = 0; steps != null && i < steps.size(); i++) {
      Step<?> s = steps.get(i);
      String path = list + "[" + i + "]";
      if (s == null || s.by() == null) {
        continue; // said already
      }
      Person person = batch.people() == null ? null
          : batch.people().stream().filter(p -> p != null && s.by().equals(p.id())).findFirst().orElse(null);
      if (person == null) {
        if (known) {
          problems.add(new Violation(path + ".by", "org.irrt.examples.unknownPerson",
              locale -> CliMessages.of(locale).get("workflows.unknownPerson")));
        }
        continue;
      }
      if (s.command() == null || person.roles() == null || person.roles().contains(null)
          || ActorId.SYSTEM.equals(person.id()) && !Set.of(Role.SYSTEM).equals(person.roles())) {
        continue; // said already
      }
      // as WorkflowExample.run issues it: a Create's form token is its request id, said at the file's "on"
      Optional<String> key = s.command() instanceof ApplicationCommand.Create && s.on() != null
          ? Optional.of(s.on()) : Optional.empty();
      try {
        new Request<>(s.command(), person.actor(), s.comment(), key);
      } catch (InvalidValueException e) {
        e.violations().forEach(v -> problems.add(v.path().equals("idempotencyKey")
            ? new Violation(path + ".on", v.code(), v::message) : v.under(path)));
      }
    }
  }
}
