package org.irrt.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A named rule that may refuse a transition, with a reason. Guards are small functions listed in the
 * workflow's table, not {@code if} chains.
 *
 * @param <I> the instance type
 * @param <C> the command type
 */
public interface Guard<I, C> {
  /**
   * The guard's name, as shown in the table and in refusals.
   *
   * @return e.g. {@code fourEyes}
   */
  String name();

  /**
   * Checks the rule.
   *
   * @param instance the instance before the command
   * @param command the command
   * @param actor who issues it
   * @param at when
   * @return a refusal, or empty when the rule holds
   */
  Optional<Refusal> check(I instance, C command, Actor actor, Instant at);

  /**
   * Every reason the rule refuses; a guard that stands for several policies gives them all.
   *
   * @param instance the instance before the command
   * @param command the command
   * @param actor who issues it
   * @param at when
   * @return the refusals; empty when the rule holds
   */
  default java.util.List<Refusal> checkAll(I instance, C command, Actor actor, Instant at) {
    Optional<Refusal> refusal = check(instance, command, actor, at);
    return refusal.isPresent() ? java.util.List.of(refusal.get()) : java.util.List.of();
  }

  /**
   * A guard that gives every reason of a list of policies.
   *
   * @param name the name
   * @param check the check, returning every refusal
   * @param <I> the instance type
   * @param <C> the command type
   * @return the guard
   */
  static <I, C> Guard<I, C> ofAll(String name, CheckAll<I, C> check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    return new Guard<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<Refusal> check(I instance, C command, Actor actor, Instant at) {
        java.util.List<Refusal> all = checkAll(instance, command, actor, at);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
      }

      @Override
      public java.util.List<Refusal> checkAll(I instance, C command, Actor actor, Instant at) {
        return check.check(instance, command, actor, at);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * The checking part of a guard that gives every reason.
   *
   * @param <I> the instance type
   * @param <C> the command type
   */
  @FunctionalInterface
  interface CheckAll<I, C> {
    /**
     * Checks the rules.
     *
     * @param instance the instance
     * @param command the command
     * @param actor the actor
     * @param at when
     * @return every refusal
     */
    java.util.List<Refusal> check(I instance, C command, Actor actor, Instant at);
  }

  /**
   * The checking part of a guard.
   *
   * @param <I> the instance type
   * @param <C> the command type
   */
  @FunctionalInterface
  interface Check<I, C> {
    /**
     * Checks the rule.
     *
     * @param instance the instance
     * @param command the command
     * @param actor the actor
     * @param at when
     * @return a refusal, or empty
     */
    Optional<Refusal> check(I instance, C command, Actor actor, Instant at);
  }

  /**
   * A guard from a name and a check.
   *
   * @param name the name
   * @param check the check
   * @param <I> the instance type
   * @param <C> the command type
   * @return the guard
   */
  static <I, C> Guard<I, C> of(String name, Check<I, C> check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    return new Guard<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<Refusal> check(I instance, C command, Actor actor, Instant at) {
        return check.check(instance, command, actor, at);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
