package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.irrt.model.common.InvalidValueException;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code irrt.store.host-transactions=true}: a command's events commit and roll back with the host's
 * Spring transaction; and a settings file that is not valid is refused naming the file.
 */
class HostTransactionsSettingTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
      .withClassLoader(new FilteredClassLoader(Flyway.class));

  @Test
  @SuppressWarnings("unchecked")
  void withHostTransactionsACommandRollsBackWithTheHostsTransactionAndNeedsOne() throws Exception {
    DataSource ds = IrrtAutoConfigurationTest.h2();
    runner.withBean(DataSource.class, () -> ds).withPropertyValues("irrt.store.host-transactions=true").run(context -> {
      var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
          WorkflowEngine.class);
      var transactions = new TransactionTemplate(new DataSourceTransactionManager(ds));
      Request<PostCommand> create = Request.of(new PostCommand.Create(IrrtAutoConfigurationTest.post("First")),
          org.irrt.workflow.Actor.of("ana", org.irrt.workflow.Role.CONTRIBUTOR));

      assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
        assertThat(posts.issue("post-1", create)).isInstanceOf(Outcome.Accepted.class);
        throw new IllegalStateException("the host's own work failed");
      })).hasMessage("the host's own work failed");
      assertThat(posts.history("post-1")).as("rolled back with the host's transaction").isEmpty();
      assertThat(posts.version("post-1")).isZero();

      transactions.executeWithoutResult(status -> posts.issue("post-1", create));
      assertThat(posts.history("post-1")).hasSize(1);
      assertThatThrownBy(() -> posts.issue("post-2", create)).as("a command outside a transaction")
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the host's transaction");
    });
    assertThat(IrrtAutoConfigurationTest.count(ds, "SELECT COUNT(*) FROM irrt_events")).isEqualTo(1);
  }

  @Test
  void withoutTheSettingEachCommandCommitsOnItsOwn() {
    DataSource ds = IrrtAutoConfigurationTest.h2();
    runner.withBean(DataSource.class, () -> ds).run(context -> {
      @SuppressWarnings("unchecked")
      var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
          WorkflowEngine.class);
      var transactions = new TransactionTemplate(new DataSourceTransactionManager(ds));
      assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
        posts.issue("post-1", Request.of(new PostCommand.Create(IrrtAutoConfigurationTest.post("First")),
            org.irrt.workflow.Actor.of("ana", org.irrt.workflow.Role.CONTRIBUTOR)));
        throw new IllegalStateException("the host's own work failed");
      })).hasMessage("the host's own work failed");
      assertThat(posts.history("post-1")).as("committed on its own").hasSize(1);
    });
  }

  @Test
  void aSettingsFileThatIsNotValidIsRefusedNamingTheFileAndEveryProblem() {
    runner.withPropertyValues("irrt.membership-types=classpath:bad-membership-types.json").run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      while (failure != null && !(failure instanceof InvalidValueException)) {
        failure = failure.getCause();
      }
      assertThat(failure).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.subject()).isEqualTo("irrt: classpath:bad-membership-types.json");
        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("[0].id", "[1].name");
      });
    });
  }
}
