package org.irrt.site;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one site every test class of this module shares (Spring's test context cache keeps it while the
 * classes run): H2 in a file of a fresh folder under {@code target/test-site-data}, the sweep every
 * second. Helpers for plain HTTP clients with their own cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "site.data-dir=./target/test-site-data/${random.uuid}", "site.sweep-interval=1s",
    "logging.level.root=WARN"})
abstract class SiteTest {
  @LocalServerPort
  int port;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A client with a cookie jar of its own: one visitor. */
  static HttpClient visitor() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(HttpClient client, String path, String language) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(HttpClient client, String path, String language, Map<String, String> form)
      throws IOException, InterruptedException {
    String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The value of a hidden input in a page ({@code _csrf}, {@code token}, {@code version}). */
  static String hidden(String html, String name) {
    Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
        .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no hidden input " + name + " in the page");
    }
    return m.group(1);
  }

  /** Signs a client in; returns it. */
  HttpClient signIn(HttpClient client, String user) throws IOException, InterruptedException {
    String page = get(client, "/login", "en").body();
    HttpResponse<String> r = post(client, "/login", "en", Map.of("username", user, "password", SecurityConfig.PASSWORD,
        "_csrf", hidden(page, "_csrf")));
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new AssertionError("sign-in of " + user + " failed: " + r.statusCode());
    }
    return client;
  }
}
