package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eight threads of one host issue keyed editorial comments on one post, each in a transaction of its
 * own ({@code irrt.store.host-transactions=true}), a quarter of them sent twice: on H2 and on
 * PostgreSQL every comment lands once, the versions run without a gap, a retry is a replay, and the
 * listener, called after each commit, hears every comment. Found holding in the adversary's pass.
 */
class HostTransactionsConcurrencyTest {
  @ParameterizedTest
  @EnumSource(value = Databases.class, names = {"H2_MEMORY", "POSTGRESQL"})
  @SuppressWarnings("unchecked")
  void concurrentCommandsOnOneInstanceInTheHostsTransactionsLandOnceEach(Databases db) throws Exception {
    try (HikariDataSource ds = Databases.pool(db.createEmpty(), 10)) {
      var manager = new DataSourceTransactionManager(ds);
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
          .withClassLoader(new FilteredClassLoader(Flyway.class)).withPropertyValues("irrt.store.host-transactions=true")
          .withBean(javax.sql.DataSource.class, () -> ds).withBean(PlatformTransactionManager.class, () -> manager)
          .run(context -> {
            var posts = (WorkflowEngine<BlogPost, PostCommand, PostEvent>) context.getBean("irrtPostEngine",
                WorkflowEngine.class);
            Set<String> heard = ConcurrentHashMap.newKeySet();
            posts.listen("digest", (id, events) -> events.forEach(e -> {
              if (e instanceof PostEvent.CommentAdded c) {
                heard.add(c.comment().text());
              }
            }));
            var transactions = new TransactionTemplate(manager);
            transactions.executeWithoutResult(s -> posts.issue("post-1", Request.of(
                new PostCommand.Create(IrrtAutoConfigurationTest.post("Busy")), Actor.of("ana", Role.CONTRIBUTOR))));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<int[]>> counts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
              int thread = t;
              counts.add(threads.submit(() -> {
                int[] n = new int[2]; // fresh, replayed
                for (int i = 0; i < 25; i++) {
                  var request = Request.<PostCommand>of(new PostCommand.Comment("comment " + thread + "-" + i),
                      Actor.of("ed", Role.EDITOR)).withIdempotencyKey("k-" + thread + "-" + i);
                  for (int send = 0; send < (i % 4 == 0 ? 2 : 1); send++) {
                    var o = transactions.execute(s -> posts.issue("post-1", request));
                    n[((Outcome.Accepted<?, ?>) o).replayed() ? 1 : 0]++;
                  }
                }
                return n;
              }));
            }
            int fresh = 0;
            int replayed = 0;
            for (Future<int[]> f : counts) {
              fresh += f.get()[0];
              replayed += f.get()[1];
            }
            threads.shutdown();
            assertThat(fresh).isEqualTo(200);
            assertThat(replayed).isEqualTo(56);
            List<PostEvent> history = posts.history("post-1");
            assertThat(history).hasSize(201);
            assertThat(posts.version("post-1")).isEqualTo(201);
            Set<String> texts = new HashSet<>();
            history.forEach(e -> {
              if (e instanceof PostEvent.CommentAdded c) {
                texts.add(c.comment().text());
              }
            });
            assertThat(texts).hasSize(200);
            posts.deliver();
            assertThat(heard).isEqualTo(texts);
          });
    }
  }
}
