package org.irrt.model.committee;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A committee of a round table: its name (and former names), kind, charge, who appoints to it, how
 * many people it seats per role, and its term rules.
 *
 * <p>Anything the sources do not give stays empty (a charge, a size limit) rather than invented.
 * Rules: each role has at most one seat limit and one term rule; a subcommittee names its parent
 * committee, and no other kind does. Sources: IRRT Operating and Procedure Manual; ALA committee
 * practice (appointments by the Vice-Chair/Chair-Elect, terms from July 1).
 */
@Value.Immutable
public abstract class Committee implements WithCommittee {
  Committee() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableCommittee.Builder builder() {
    return ImmutableCommittee.builder();
  }

  /**
   * The id, unique within a round table.
   *
   * @return the id
   */
  @NotNull
  public abstract CommitteeId id();

  /**
   * The current name.
   *
   * @return the name, up to 200 code points
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * Earlier names, oldest first.
   *
   * @return the former names
   */
  public abstract List<@NotNull @ValidText String> formerNames();

  /**
   * The kind.
   *
   * @return the kind
   */
  @NotNull
  public abstract CommitteeKind kind();

  /**
   * The parent committee of a subcommittee.
   *
   * @return the parent's id; present exactly for {@link CommitteeKind#SUBCOMMITTEE}
   */
  public abstract Optional<CommitteeId> parentCommittee();

  /**
   * The charge: what the committee is for.
   *
   * @return the charge, up to 4000 code points, or empty when no source gives it
   */
  public abstract Optional<@ValidText(max = 4000, multiline = true) String> charge();

  /**
   * The office that appoints the chair and members, e.g. "Vice-Chair/Chair-Elect".
   *
   * @return the appointing officer's title, when known
   */
  public abstract Optional<@ValidText String> appointingOfficer();

  /**
   * Size limits per role, when the sources give them.
   *
   * @return the limits
   */
  public abstract List<@NotNull SeatLimit> seats();

  /**
   * Term rules per role, when the sources give them.
   *
   * @return the rules
   */
  public abstract List<@NotNull TermRule> termRules();

  /**
   * Further facts, each a sentence (for example a restructuring and its effect).
   *
   * @return the notes
   */
  public abstract List<@NotNull @ValidText(max = 2000, multiline = true) String> notes();

  /**
   * The committee's page.
   *
   * @return the address, when a source gives it
   */
  public abstract Optional<WebUrl> url();

  /**
   * The seat limit for a role.
   *
   * @param role the role
   * @return the limit, or empty when the sources give none
   */
  public final Optional<SeatLimit> seatLimit(CommitteeRole role) {
    Objects.requireNonNull(role, "role");
    return seats().stream().filter(s -> s.role() == role).findFirst();
  }

  /**
   * The term rule for a role.
   *
   * @param role the role
   * @return the rule, or empty when the sources give none
   */
  public final Optional<TermRule> termRule(CommitteeRole role) {
    Objects.requireNonNull(role, "role");
    return termRules().stream().filter(t -> t.role() == role).findFirst();
  }

  @Value.Check
  Committee normalize() {
    if (!Text.allNfc(name(), formerNames(), charge(), appointingOfficer(), notes())) {
      return builder().from(this)
          .name(Text.nfc(name()))
          .formerNames(Text.nfc(formerNames()))
          .charge(Text.nfc(charge()))
          .appointingOfficer(Text.nfc(appointingOfficer()))
          .notes(Text.nfc(notes()))
          .build();
    }
    return Validators.check(this, Committee::rules);
  }

  private static void rules(Committee c, Rules rules) {
    rules.unique("seats", c.seats(), s -> s.role(), "role", "org.irrt.model.Committee.roleTwice");
    rules.unique("termRules", c.termRules(), t -> t.role(), "role", "org.irrt.model.Committee.roleTwice");
    if (c.kind() != null) {
      boolean sub = c.kind() == CommitteeKind.SUBCOMMITTEE;
      rules.require(sub == c.parentCommittee().isPresent(), "parentCommittee",
          sub ? "org.irrt.model.Committee.parentRequired" : "org.irrt.model.Committee.parentOnlyForSub");
      rules.require(c.parentCommittee().isEmpty() || !c.parentCommittee().get().equals(c.id()),
          "parentCommittee", "org.irrt.model.Committee.ownParent");
    }
  }
}
