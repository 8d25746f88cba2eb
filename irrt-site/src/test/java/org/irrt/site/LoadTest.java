package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.store.jdbc.testing.PostgresServer;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load: 8 concurrent HTTP clients (java.net.http, no browser) send 1,000 membership applications
 * through the site's form (every tenth twice, as a double click does) and an officer's start of
 * review and approval of each, on PostgreSQL ({@link PostgresServer}: skipped without one, failed
 * when {@code IRRT_REQUIRE_POSTGRES=1}). Then: none lost, none doubled, p50 and p99 printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"site.demo-data=false",
    "site.sweep-interval=1h", "logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=16"})
class LoadTest {
  static final int CLIENTS = 8;
  static final int APPLICATIONS = 1_000;

  @LocalServerPort
  int port;
  @Autowired
  WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;
  @Autowired
  IrrtStores stores;
  @Autowired
  DataSource dataSource;

  @BeforeAll
  static void postgres() {
    Databases.POSTGRESQL.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", PostgresServer::newDatabase);
    registry.add("spring.datasource.username", () -> "postgres");
  }

  record Timed(String kind, long nanos, int status) {}

  final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String csrf;

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Map<String, String> form, String kind, List<Timed> times) throws Exception {
      String body = form.entrySet().stream().map(e -> SiteTest.enc(e.getKey()) + "=" + SiteTest.enc(e.getValue()))
          .collect(Collectors.joining("&")) + "&_csrf=" + SiteTest.enc(csrf);
      long start = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
          .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      times.add(new Timed(kind, System.nanoTime() - start, r.statusCode()));
      return r;
    }

    Client signedIn(String user) throws Exception {
      csrf = SiteTest.hidden(get("/login").body(), "_csrf");
      List<Timed> ignored = new ArrayList<>();
      post("/login", Map.of("username", user, "password", SecurityConfig.PASSWORD), "login", ignored);
      csrf = SiteTest.hidden(get("/join").body(), "_csrf");
      return this;
    }

    Client visitor() throws Exception {
      csrf = SiteTest.hidden(get("/join").body(), "_csrf");
      return this;
    }
  }

  @Test
  void eightClientsApplyAndApproveAThousandTimesWithNoneLostAndNoneDoubled() throws Exception {
    List<Timed> times = Collections.synchronizedList(new ArrayList<>());
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long wall = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      done.add(pool.submit(() -> {
        Client visitor = new Client().visitor();
        Client officer = new Client().signedIn(client % 2 == 0 ? "officer" : "officer2");
        int approved = 0;
        for (int i = client; i < APPLICATIONS; i += CLIENTS) {
          String token = UUID.randomUUID().toString();
          Map<String, String> form = Map.of("givenNames", "Applicant", "familyName", "Number " + i,
              "email", "applicant" + i + "@example.org", "country", "MX", "type", "regular", "token", token);
          HttpResponse<String> sent = visitor.post("/join", form, "apply", times);
          if (i % 10 == 0) { // a double click: the same form again
            HttpResponse<String> again = visitor.post("/join", form, "apply", times);
            assertThat(again.headers().firstValue("Location")).isEqualTo(sent.headers().firstValue("Location"));
          }
          assertThat(sent.statusCode()).as("apply %d", i).isEqualTo(302);
          String id = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/join/", "");
          ids.add(id);
          String review = "/officer/applications/" + id;
          assertThat(officer.post(review, Map.of("action", "start-review", "version", "2"), "start-review", times)
              .statusCode()).as("start review %d", i).isEqualTo(302);
          assertThat(officer.post(review, Map.of("action", "approve", "version", "3"), "approve", times)
              .statusCode()).as("approve %d", i).isEqualTo(302);
          approved++;
        }
        return approved;
      }));
    }
    int approved = 0;
    for (Future<Integer> f : done) {
      approved += f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - wall) / 1e9;

    assertThat(approved).isEqualTo(APPLICATIONS);
    assertThat(ids).hasSize(APPLICATIONS);
    assertThat(stores.applications().instanceIds()).containsExactlyInAnyOrderElementsOf(ids); // none lost, none extra
    for (String id : ids) {
      assertThat(applications.load(id).state()).as(id).isEqualTo(ApplicationState.ACTIVE);
    }
    try (var c = dataSource.getConnection(); var s = c.createStatement();
        var r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT instance_id) FROM irrt_events "
            + "WHERE workflow = 'membership-application' AND event_type = 'ApplicationCreated'")) {
      r.next();
      assertThat(r.getLong(1)).as("applications created").isEqualTo(APPLICATIONS); // none doubled
      assertThat(r.getLong(2)).isEqualTo(APPLICATIONS);
    }
    assertThat(times).allSatisfy(t -> assertThat(t.status()).isEqualTo(302));
    StringBuilder note = new StringBuilder(String.format("LOAD on PostgreSQL: %d clients, %d applications, %d requests "
        + "in %.1f s (%.0f requests/s)%n", CLIENTS, APPLICATIONS, times.size(), seconds, times.size() / seconds));
    for (String kind : List.of("apply", "start-review", "approve", "all")) {
      long[] ns = times.stream().filter(t -> kind.equals("all") || t.kind().equals(kind)).mapToLong(Timed::nanos)
          .sorted().toArray();
      note.append(String.format("  %-12s n=%5d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind, ns.length,
          ns[ns.length / 2] / 1e6, ns[(int) Math.ceil(ns.length * 0.99) - 1] / 1e6, ns[ns.length - 1] / 1e6));
    }
    System.out.print(note);
  }
}
