package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The breaker's race: join forms with one e-mail address sent at the same instant each passed the
 * site's "one open application per address" check before any was created, and the officers' list
 * showed the same person two to five times. The check and the creation are now one step on the host.
 */
class SameEmailAtTheSameInstantTest extends SiteTest {
  private static final int FORMS = 12;

  @Test
  void manyFormsWithOneAddressAtTheSameInstantMakeExactlyOneOpenApplication() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(FORMS);
    try {
      for (int round = 0; round < 4; round++) {
        String email = "race" + round + "@example.org";
        List<HttpClient> clients = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < FORMS; i++) {
          HttpClient c = visitor();
          clients.add(c);
          pages.add(get(c, "/join", "en").body());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < FORMS; i++) {
          HttpClient c = clients.get(i);
          String page = pages.get(i);
          statuses.add(pool.submit(() -> {
            start.await();
            return post(c, "/join", "en", Map.of("givenNames", "Mei", "familyName", "Chen", "email", email,
                "country", "TW", "type", "regular", "token", hidden(page, "token"), "_csrf", hidden(page, "_csrf")))
                .statusCode();
          }));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> f : statuses) {
          answered.add(f.get());
        }
        String list = get(signIn(visitor(), "officer"), "/officer/applications", "en").body();
        long open = Pattern.compile(Pattern.quote(">" + email + "<")).matcher(list).results().count();
        assertThat(open).as("open applications of " + email).isEqualTo(1);
        assertThat(answered).as("one application made, the others refused beside the field")
            .containsOnly(302, 200).filteredOn(s -> s == 302).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
