package org.irrt.model.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * How long people serve in a role and how often they may serve again. Examples from the IRRT
 * Operating and Procedure Manual: Membership Committee members serve 1- or 2-year terms; its chair
 * serves 2 years, renewable once (at most 2 consecutive terms). ALA practice: after the consecutive
 * limit a person may return after a gap (commonly 1 year). Whether a partial term (a vacancy filled
 * for the rest of someone's term) counts toward the limits is the association's rule, a {@link
 * PartialTermRule} (by default Robert's Rules: more than half a term counts as a full term).
 */
@Value.Immutable
public abstract class TermRule implements WithTermRule {
  TermRule() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableTermRule.Builder builder() {
    return ImmutableTermRule.builder();
  }

  /**
   * The role.
   *
   * @return the role
   */
  @NotNull
  public abstract CommitteeRole role();

  /**
   * The allowed term lengths in years, ascending, each 1 to 6.
   *
   * @return for example {@code [1, 2]}
   */
  @NotEmpty
  public abstract List<@NotNull @Min(1) @Max(6) Integer> termYears();

  /**
   * The most consecutive terms one person may serve in the role.
   *
   * @return 1 to 10, or empty when the sources give no limit
   */
  public abstract Optional<@Min(1) @Max(10) Integer> maxConsecutiveTerms();

  /**
   * Years a person must stay off the role after reaching the consecutive limit.
   *
   * @return 1 to 10, or empty when the sources give none
   */
  public abstract Optional<@Min(1) @Max(10) Integer> gapYearsBeforeReturn();

  /**
   * Whether a term of this length is allowed.
   *
   * @param years a term length in years
   * @return whether {@link #termYears()} contains it
   */
  public final boolean allowsTermOf(int years) {
    return termYears().contains(years);
  }

  @Value.Check
  TermRule check() {
    return Validators.check(this, (t, rules) -> {
      for (int i = 1; i < t.termYears().size(); i++) {
        Integer a = t.termYears().get(i - 1);
        Integer b = t.termYears().get(i);
        rules.require(a == null || b == null || a < b, "termYears[" + i + "]",
            "org.irrt.model.TermRule.ascending");
      }
    });
  }
}
