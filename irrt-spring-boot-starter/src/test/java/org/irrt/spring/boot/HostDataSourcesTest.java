package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.irrt.store.jdbc.JdbcWorkflowStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A host with several {@code DataSource}s, found by the adversary's pass: with none {@code @Primary}
 * the stores were made in memory beside the host's databases, without a word, and lost every event
 * at the restart (Spring Boot's Flyway, when present, stopped the start for its own reasons; without
 * Flyway nothing did). Now the start stops, named; with one {@code @Primary} the stores are on it.
 */
class HostDataSourcesTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class));

  @Test
  void twoDataSourcesWithNonePrimaryStopTheStartNamedInsteadOfStoringInMemory() {
    runner.withBean("orders", DataSource.class, IrrtAutoConfigurationTest::h2)
        .withBean("reports", DataSource.class, IrrtAutoConfigurationTest::h2).run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new IrrtSettingsFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).isEqualTo("irrt: the application has 2 DataSource beans and none "
              + "is @Primary, so irrt's stores cannot choose one (in memory, they would lose every event at the "
              + "restart)");
          assertThat(analysis.getAction()).isEqualTo("Mark the DataSource of irrt's tables @Primary, or define a "
              + "bean of type IrrtStores (IrrtStores.jdbc(...) on the one you choose).");
        });
    runner.withBean("orders", DataSource.class, IrrtAutoConfigurationTest::h2)
        .withBean("reports", DataSource.class, IrrtAutoConfigurationTest::h2)
        .withBean(IrrtStores.class, IrrtStores::inMemory)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(IrrtStores.class));
  }

  @Test
  void withOnePrimaryDataSourceTheStoresAndTheirTablesAreOnIt() throws java.sql.SQLException {
    DataSource primary = IrrtAutoConfigurationTest.h2();
    DataSource other = IrrtAutoConfigurationTest.h2();
    runner.withBean("primary", DataSource.class, () -> primary, d -> d.setPrimary(true))
        .withBean("other", DataSource.class, () -> other).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(IrrtStores.class).applications()).isInstanceOf(JdbcWorkflowStore.class);
        });
    assertThat(IrrtAutoConfigurationTest.tables(primary)).contains("irrt_events", IrrtSchema.FLYWAY_TABLE);
    assertThat(IrrtAutoConfigurationTest.tables(other)).isEmpty();
  }
}
