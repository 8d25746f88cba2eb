package org.irrt.spring.boot;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.WorkflowEngine;

/**
 * A member's erasure across every engine of the application (DOMAIN.md §2, "erase on request while
 * keeping aggregate and audit integrity"): {@link #erase} erases the subject's personal data through
 * one engine ({@link WorkflowEngine#erase}; the stores share their personal data, so it leaves every
 * workflow's history in its erased form) and makes every other engine drop the instances it built
 * ({@link WorkflowEngine#forgetInstances}), which may hold the erased data; every engine's workflow
 * views start over with them ({@link org.irrt.workflow.Workflow#views()}), and so does every {@link
 * StoreProjection} of the context (a host's own view over a store, such as a site's index of open
 * applications by e-mail address), which would otherwise keep what it derived from the full forms
 * until a restart ({@link StoreProjection#startOver()}).
 *
 * <p>The engines and views are the application context's at the time of the call, the host's own
 * included.
 * The stores must share their personal data, as both of {@link IrrtStores}' arrangements do (one
 * database; {@code InMemoryWorkflowStore.sharingPersonalDataWith}). What stays the host's: on every
 * other server, {@link #forgetInstances()}; then, with the pseudonym, recording the erasure in the
 * membership's workflow ({@code new MembershipCommand.Erase(pseudonym, reason)}) and re-keying the
 * register ({@code MemberPrivacy.erase(member, pseudonym, at).applyTo(register)}, saved with
 * {@code JdbcRegisters.saveRegister}).
 */
public final class IrrtErasure {
  private final Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines;
  private final Supplier<? extends Collection<? extends StoreProjection<?>>> views;

  private IrrtErasure(Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines,
      Supplier<? extends Collection<? extends StoreProjection<?>>> views) {
    this.engines = Objects.requireNonNull(engines, "engines");
    this.views = Objects.requireNonNull(views, "views");
  }

  /**
   * An erasure over engines looked up at each call (the auto-configuration passes the context's).
   *
   * @param engines gives the engines, every one of the application
   * @return the erasure
   */
  public static IrrtErasure over(Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines) {
    return new IrrtErasure(engines, List::of);
  }

  /**
   * An erasure over engines and views looked up at each call (the auto-configuration passes the
   * context's): the views are the host's own, those its engines' workflows do not name.
   *
   * @param engines gives the engines, every one of the application
   * @param views gives the views over the stores that are not an engine's workflow's (every {@link
   *     StoreProjection} bean of the application)
   * @return the erasure
   */
  public static IrrtErasure over(Supplier<? extends Collection<? extends WorkflowEngine<?, ?, ?>>> engines,
      Supplier<? extends Collection<? extends StoreProjection<?>>> views) {
    return new IrrtErasure(engines, views);
  }

  /**
   * An erasure over a fixed list of engines.
   *
   * @param engines every engine of the application
   * @return the erasure
   */
  public static IrrtErasure over(List<? extends WorkflowEngine<?, ?, ?>> engines) {
    List<? extends WorkflowEngine<?, ?, ?>> copy = List.copyOf(engines);
    return new IrrtErasure(() -> copy, List::of);
  }

  /**
   * Erases a data subject's personal data from every workflow's history, drops every engine's
   * built instances and makes every view start over (now, and again once the host's transaction
   * commits, as {@link WorkflowEngine#forgetInstances()} does).
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
    startViewsOver();
    return pseudonym;
  }

  /**
   * Makes every engine drop the instances it built, and every view start over (the engines'
   * workflows' and the context's): on a server other than the one that erased, when told of an
   * erasure.
   */
  public void forgetInstances() {
    for (WorkflowEngine<?, ?, ?> engine : engines.get()) {
      engine.forgetInstances();
    }
    startViewsOver();
  }

  /**
   * Every view starts over, also when one of them throws (a host's view whose clear fails): before,
   * the views after it kept what they derived from the full forms (an erased person's address). The
   * first failure is then thrown, the others suppressed in it.
   */
  private void startViewsOver() {
    RuntimeException failed = null;
    for (StoreProjection<?> view : views.get()) {
      try {
        view.startOver();
      } catch (RuntimeException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
