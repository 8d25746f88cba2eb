package org.irrt.workflow;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.irrt.model.member.MemberId;

/**
 * Who issued a command: a member id or a staff account, as a slug (as for every id of the model).
 *
 * @param value the slug
 */
public record ActorId(@JsonValue String value) {
  /** The system's own id, for sweeps and automatic steps. */
  public static final ActorId SYSTEM = new ActorId("system");

  /**
   * Checks the slug.
   *
   * @throws org.irrt.model.common.InvalidValueException when it is not a valid slug
   */
  public ActorId {
    MemberId.of(value); // the same slug rule
  }

  /**
   * The actor id of a member.
   *
   * @param member the member
   * @return the actor id
   */
  public static ActorId of(MemberId member) {
    Objects.requireNonNull(member, "member");
    return new ActorId(member.value());
  }

  /**
   * Whether this is the actor id of a member: the same as {@code ActorId.of(member).equals(this)},
   * without building (and checking again) an id.
   *
   * @param member the member
   * @return whether the slugs are equal
   * @throws NullPointerException when the member is null
   */
  public boolean is(MemberId member) {
    Objects.requireNonNull(member, "member");
    return value.equals(member.value());
  }

  /**
   * An actor id.
   *
   * @param value the slug
   * @return the id
   */
  @JsonCreator
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  /** Returns the slug. */
  @Override
  public String toString() {
    return value;
  }
}
