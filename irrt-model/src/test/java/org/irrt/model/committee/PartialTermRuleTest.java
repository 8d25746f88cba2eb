package org.irrt.model.committee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a partial term counts as a full term, at and around half a term, by each rule. */
class PartialTermRuleTest {
  @Test
  void robertsRulesCountsMoreThanHalfOnly() {
    PartialTermRule ronr = PartialTermRule.MORE_THAN_HALF_COUNTS;
    assertThat(ronr.counts(366, 731)).isTrue(); // 366 of a 731-day term (July 2027 to June 2029)
    assertThat(ronr.counts(365, 731)).isFalse();
    assertThat(ronr.counts(365, 730)).isFalse(); // exactly half
    assertThat(ronr.counts(366, 730)).isTrue();
  }

  @Test
  void lessThanHalfIsNotCountedButHalfIs() {
    PartialTermRule halfOrMore = PartialTermRule.HALF_OR_MORE_COUNTS;
    assertThat(halfOrMore.counts(365, 730)).isTrue(); // exactly half: the one day where the rules differ
    assertThat(halfOrMore.counts(364, 730)).isFalse();
    assertThat(halfOrMore.counts(365, 731)).isFalse();
  }

  @Test
  void alwaysAndNeverMeanWhatTheySay() {
    assertThat(PartialTermRule.ALWAYS_COUNTS.counts(1, 730)).isTrue();
    assertThat(PartialTermRule.NEVER_COUNTS.counts(729, 730)).isFalse();
  }
}
