package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.membership.ApplicationEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault found by the adversary's pass on the site's one-application-per-address rule (the check and
 * the creation inside the applications store's {@code exclusively}): a store with its own
 * transactions ran an {@code afterCommit} action at once even inside exclusive work, whose
 * transaction was not committed yet. So the engine delivered an application's events to its
 * listeners before they were committed, and also when the exclusive work then failed and rolled
 * them back (a welcome e-mail for an application that does not exist); a view's {@code startOver}
 * inside exclusive work (an erasure in it) did not start over again once the erased forms were
 * committed. The action now waits for the exclusive work's commit, and never runs on a rollback.
 */
class AfterCommitInExclusiveWorkTest {
  @ParameterizedTest
  @EnumSource(Databases.class)
  void anActionAskedForInsideExclusiveWorkRunsOnceTheWorkCommitsAndNotBefore(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      var apps = new Applications(pool, db.dialect());
      List<String> ran = new ArrayList<>();
      String result = apps.store.exclusively(() -> {
        apps.store.afterCommit(() -> ran.add("first"));
        apps.store.exclusively(() -> { // nested work joins the outer one
          apps.store.afterCommit(() -> ran.add("nested"));
          return null;
        });
        ran.add("work done");
        return "result";
      });
      assertThat(result).isEqualTo("result");
      assertThat(ran).containsExactly("work done", "first", "nested");
      apps.store.afterCommit(() -> ran.add("outside"));
      assertThat(ran).as("outside exclusive work, at once").endsWith("outside");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anActionAskedForInsideExclusiveWorkThatFailsNeverRuns(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      var apps = new Applications(pool, db.dialect());
      List<String> ran = new ArrayList<>();
      assertThatThrownBy(() -> apps.store.exclusively(() -> {
        apps.store.afterCommit(() -> ran.add("after commit"));
        throw new IllegalStateException("the host's work failed");
      })).isInstanceOf(IllegalStateException.class);
      assertThat(ran).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aListenerHearsNothingOfAnApplicationMadeInExclusiveWorkThatRolledBack(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      var apps = new Applications(pool, db.dialect());
      List<String> heard = new CopyOnWriteArrayList<>();
      apps.engine.listen("mail", (id, events) -> heard.add(id));
      assertThatThrownBy(() -> apps.store.exclusively(() -> {
        Outcome<?, ApplicationEvent> created = apps.engine.issue("a-1", Applications.create(1, "t-1"));
        assertThat(created).isInstanceOf(Outcome.Accepted.class);
        assertThat(heard).as("not committed yet").isEmpty();
        throw new IllegalStateException("the submission failed");
      })).isInstanceOf(IllegalStateException.class);
      assertThat(apps.store.instanceIds()).isEmpty();
      assertThat(heard).as("the application was rolled back").isEmpty();

      apps.store.exclusively(() -> apps.engine.issue("a-2", Applications.create(2, "t-2")));
      assertThat(heard).containsExactly("a-2");
    }
  }
}
