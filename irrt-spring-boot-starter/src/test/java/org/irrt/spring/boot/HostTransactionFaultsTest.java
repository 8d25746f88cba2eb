package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.irrt.store.jdbc.EntryKind;
import org.irrt.store.jdbc.JdbcRegisters;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Faults found by the adversary's pass in {@code irrt.store.host-transactions=true}, on H2 and
 * PostgreSQL:
 *
 * <ul>
 *   <li>the engines' listeners were called inside the host's transaction, so a listener heard of a
 *       post the host's transaction then rolled back (a notification for something that never
 *       existed); they are now called after the commit;
 *   <li>a command in a {@code REQUIRES_NEW} transaction while the suspended outer one had issued a
 *       command waited for the append lock the outer one holds: on PostgreSQL the thread hung for
 *       good (more than 20 s, never ended), on H2 it failed after the lock timeout; it is now
 *       refused at once, naming the cause, and the outer transaction carries on;
 *   <li>the registers ({@code JdbcRegisters}) committed on their own although the host asked for its
 *       transactions: a member saved in a transaction that rolled back stayed saved;
 *   <li>an erasure made the engines forget what they had built before its transaction committed,
 *       so an instance another request built meanwhile, from the still-committed full forms, kept
 *       the person's name in memory for good; they now forget again after the commit.
 * </ul>
 */
class HostTransactionFaultsTest {
  private static final Actor ANA = Actor.of("ana", Role.CONTRIBUTOR);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
      .withClassLoader(new FilteredClassLoader(Flyway.class))
      .withPropertyValues("irrt.store.host-transactions=true");

  private static Request<PostCommand> create(String title) {
    return Request.of(new PostCommand.Create(IrrtAutoConfigurationTest.post(title)), ANA);
  }

  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  @SuppressWarnings("unchecked")
  void aListenerHearsOnlyOfWhatTheHostsTransactionCommitted(Databases db) {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 4)) {
      var manager = new DataSourceTransactionManager(ds);
      runner.withBean(javax.sql.DataSource.class, () -> ds).withBean(PlatformTransactionManager.class, () -> manager)
          .run(context -> {
            var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
                WorkflowEngine.class);
            List<String> heard = new CopyOnWriteArrayList<>();
            posts.listen("notifications", (id, events) -> heard.add(id + " " + events.size()));
            var transactions = new TransactionTemplate(manager);

            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
              assertThat(posts.issue("post-1", create("Rolled back"))).isInstanceOf(Outcome.Accepted.class);
              assertThat(heard).as("not before the commit").isEmpty();
              throw new IllegalStateException("the host's own work failed");
            })).hasMessage("the host's own work failed");
            assertThat(posts.history("post-1")).isEmpty();
            assertThat(heard).as("never, for a rolled back transaction").isEmpty();

            transactions.executeWithoutResult(status -> {
              posts.issue("post-2", create("Kept"));
              posts.issue("post-2", Request.of(new PostCommand.Submit(), ANA));
              assertThat(heard).as("not before the commit").isEmpty();
            });
            assertThat(heard).as("after the commit").containsExactly("post-2 2");
            assertThat(posts.deliver()).isEmpty();
            assertThat(heard).as("once").containsExactly("post-2 2");
          });
    }
  }

  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  @SuppressWarnings("unchecked")
  void aCommandInANewTransactionWhileTheSuspendedOneHoldsTheLockIsRefusedAtOnce(Databases db) {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 4)) {
      var manager = new DataSourceTransactionManager(ds);
      runner.withBean(javax.sql.DataSource.class, () -> ds).withBean(PlatformTransactionManager.class, () -> manager)
          .run(context -> {
            var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
                WorkflowEngine.class);
            var outer = new TransactionTemplate(manager);
            var inner = new TransactionTemplate(manager);
            inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            // a guard against the hang this test is about, not a measure of time
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> outer.executeWithoutResult(status -> {
              inner.executeWithoutResult(s -> posts.issue("post-0", create("Before the outer's command")));
              posts.issue("post-1", create("Outer"));
              assertThatThrownBy(() -> inner.executeWithoutResult(s -> posts.issue("post-2", create("Inner"))))
                  .isInstanceOf(IllegalStateException.class).hasMessage("irrt: a command in a new transaction "
                      + "(REQUIRES_NEW) while a suspended transaction of the same thread holds irrt's append lock (it "
                      + "issued a command) would wait for that transaction for ever; issue it in the outer "
                      + "transaction, or after it ends");
              posts.issue("post-1", Request.of(new PostCommand.Submit(), ANA));
            }));
            assertThat(posts.version("post-0")).isEqualTo(1);
            assertThat(posts.version("post-1")).isEqualTo(2);
            assertThat(posts.version("post-2")).isZero();
            outer.executeWithoutResult(status -> posts.issue("post-2", create("Afterwards")));
            assertThat(posts.version("post-2")).isEqualTo(1);
          });
    }
  }

  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  @SuppressWarnings("unchecked")
  void anInstanceBuiltWhileAnErasureAwaitsItsCommitKeepsNothingOfThePerson(Databases db) throws Exception {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 4)) {
      var manager = new DataSourceTransactionManager(ds);
      runner.withBean(javax.sql.DataSource.class, () -> ds).withBean(PlatformTransactionManager.class, () -> manager)
          .withBean(org.irrt.workflow.Organisation.class, () -> org.irrt.workflow.Organisation
              .in(java.time.ZoneId.of("America/Chicago")).withMembershipTypes(List.of(WorkflowStoreErasureContract.TYPE)))
          .run(context -> {
            var applications = (WorkflowEngine<org.irrt.workflow.membership.MembershipApplication,
                org.irrt.workflow.membership.ApplicationCommand, org.irrt.workflow.membership.ApplicationEvent>)
                context.getBean("irrtApplicationEngine", WorkflowEngine.class);
            var person = WorkflowStoreErasureContract.person(WorkflowStoreErasureContract.ID);
            Actor applicant = Actor.of(person.id().value(), Role.APPLICANT);
            var transactions = new TransactionTemplate(manager);
            transactions.executeWithoutResult(status -> {
              applications.issue("app-1", Request.of(new org.irrt.workflow.membership.ApplicationCommand.Create(person,
                  WorkflowStoreErasureContract.TYPE.id(), "form-1"), applicant));
              applications.issue("app-1", Request.of(new org.irrt.workflow.membership.ApplicationCommand.Submit(),
                  applicant)); // the last event holds no personal data
            });
            transactions.executeWithoutResult(status -> {
              context.getBean(IrrtErasure.class).erase(org.irrt.workflow.DataSubject.member(person.id()));
              // another request, on another thread, builds the instance from what is committed: the full form
              var meanwhile = java.util.concurrent.Executors.newSingleThreadExecutor();
              try {
                assertThat(meanwhile.submit(() -> applications.load("app-1").applicant().orElseThrow().name())
                    .get()).isEqualTo(person.name());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              } finally {
                meanwhile.shutdown();
              }
            });
            assertThat(applications.load("app-1").applicant().orElseThrow().name().displayName())
                .startsWith("Former member erased-");
          });
    }
  }

  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  void theRegistersRollBackWithTheHostsTransaction(Databases db) {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 4)) {
      var manager = new DataSourceTransactionManager(ds);
      runner.withBean(javax.sql.DataSource.class, () -> ds).run(context -> {
        JdbcRegisters registers = context.getBean(JdbcRegisters.class);
        var member = WorkflowStoreErasureContract.person(WorkflowStoreErasureContract.ID);
        var transactions = new TransactionTemplate(manager);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
          registers.save(EntryKind.MEMBER, member, 0);
          throw new IllegalStateException("the host's own work failed");
        })).hasMessage("the host's own work failed");
        assertThat(registers.load(EntryKind.MEMBER, member.id())).isEmpty();
        transactions.executeWithoutResult(status -> registers.save(EntryKind.MEMBER, member, 0));
        assertThat(registers.load(EntryKind.MEMBER, member.id()).orElseThrow().version()).isEqualTo(1);
      });
    }
  }
}
