package org.irrt.spring.boot;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.WorkflowEngine;

/**
 * A member's erasure across every engine of the application (DOMAIN.md §2, "erase on request while
 * keeping aggregate and audit integrity"): {@link #erase} erases the subject's personal data through
 * one engine ({@link WorkflowEngine#erase}; the stores share their personal data, so it leaves every
 * workflow's history in its erased form) and makes every other engine drop the instances it built
 * ({@link WorkflowEngine#forgetInstances}), which may hold the erased data.
 *
 * <p>The engines are the application context's at the time of the call, the host's own included.
 * The stores must share their personal data, as both of {@link IrrtStores}' arrangements do (one
 * database; {@code InMemoryWorkflowStore.sharingPersonalDataWith}). What stays the host's: on every
 * other server, {@link #forgetInstances()}; then, with the pseudonym, recording the erasure in the
 * membership's workflow ({@code new MembershipCommand.Erase(pseudonym, reason)}) and re-keying the
 * register ({@code MemberPrivacy.erase(member, pseudonym, at).applyTo(register)}, saved with
 * {@code JdbcRegisters.saveRegister}).
 */
public final class IrrtErasure {
  private final Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines;

  private IrrtErasure(Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines) {
    this.engines = Objects.requireNonNull(engines, "engines");
  }

  /**
   * An erasure over engines looked up at each call (the auto-configuration passes the context's).
   *
   * @param engines gives the engines, every one of the application
   * @return the erasure
   */
  public static IrrtErasure over(Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines) {
    return new IrrtErasure(engines);
  }

  /**
   * An erasure over a fixed list of engines.
   *
   * @param engines every engine of the application
   * @return the erasure
   */
  public static IrrtErasure over(List<? extends WorkflowEngine<?, ?, ?>> engines) {
    List<? extends WorkflowEngine<?, ?, ?>> copy = List.copyOf(engines);
    return new IrrtErasure(() -> copy);
  }

  /**
   * Erases a data subject's personal data from every workflow's history, and drops every engine's
   * built instances.
   *
   * @param subject whose data to erase
   * @return the subject's pseudonym; empty when no store holds any of the subject's data (then any
   *     new pseudonym will do for the register)
   * @throws org.irrt.store.jdbc.StoreException when the database fails: nothing is erased
   */
  public Optional<MemberId> erase(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    Optional<MemberId> pseudonym = Optional.empty();
    boolean first = true;
    for (WorkflowEngine<?, ?, ?> engine : engines.get()) {
      if (first) {
        pseudonym = engine.erase(subject);
        first = false;
      } else {
        engine.forgetInstances();
      }
    }
    return pseudonym;
  }

  /**
   * Makes every engine drop the instances it built: on a server other than the one that erased, when
   * told of an erasure.
   */
  public void forgetInstances() {
    for (WorkflowEngine<?, ?, ?> engine : engines.get()) {
      engine.forgetInstances();
    }
  }
}
