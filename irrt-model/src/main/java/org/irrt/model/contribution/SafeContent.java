package org.irrt.model.contribution;

import java.util.Objects;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Contributed content made safe to show: Markdown is rendered with commonmark-java, and all HTML
 * (contributed, or raw HTML inside Markdown) is sanitised with the OWASP Java HTML Sanitizer to this
 * allow-list:
 *
 * <ul>
 *   <li>elements: {@code p br hr h1-h6 ul ol li blockquote pre code em strong b i u s sub sup
 *       table thead tbody tr th td a img figure figcaption};
 *   <li>attributes: {@code href} on {@code a}; {@code src alt width height} on {@code img}; {@code
 *       title lang dir} everywhere;
 *   <li>URLs: {@code http}, {@code https} and (for links) {@code mailto} only: no {@code
 *       javascript:}, {@code data:} or {@code vbscript:};
 *   <li>every link gets {@code rel="noopener noreferrer"}, so a page it opens cannot reach back;
 *   <li>no {@code script}, {@code style}, {@code iframe}, {@code form} or {@code object}, no event
 *       handler ({@code on*}) and no {@code style} attribute: scripts and style injection are gone,
 *       their text escaped or dropped.
 * </ul>
 *
 * <p>Sanitising is idempotent: sanitising safe HTML again gives the same HTML (the sanitizer is
 * applied until its output no longer changes).
 */
public final class SafeContent {
  /** The allow-list policy (the sanitizer's own type stays out of the library's API). */
  private static final PolicyFactory POLICY = policy();

  /** The space the sanitizer pads a backtick-bearing attribute value with, on every pass. */
  private static final java.util.regex.Pattern BACKTICK_PADDING =
      java.util.regex.Pattern.compile("=\"([^\"]*&#96;[^\"]*?) +\"");

  private static PolicyFactory policy() {
    return new HtmlPolicyBuilder()
        .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
          "code", "em", "strong", "b", "i", "u", "s", "sub", "sup", "table", "thead", "tbody", "tr", "th", "td",
          "a", "img", "figure", "figcaption")
      .allowAttributes("href").onElements("a")
      .allowAttributes("src", "alt", "width", "height").onElements("img")
      .allowAttributes("title", "lang", "dir").globally()
      .allowUrlProtocols("http", "https", "mailto")
      .requireRelsOnLinks("noopener", "noreferrer")
      .toFactory();
  }

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  private SafeContent() {}

  /**
   * Sanitises HTML to the allow-list.
   *
   * @param html any HTML, hostile or not
   * @return safe HTML
   */
  public static String sanitize(String html) {
    Objects.requireNonNull(html, "html");
    // The sanitizer's output is not always a fixed point of the sanitizer (text inside a table it
    // had to close, for one): sanitise until it is, so that sanitising safe HTML changes nothing.
    String current = html == null ? "" : html;
    for (int pass = 0; pass < 5; pass++) {
      String next = BACKTICK_PADDING.matcher(POLICY.sanitize(current)).replaceAll("=\"$1\"");
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /**
   * Renders Markdown to safe HTML.
   *
   * @param markdown CommonMark text, possibly with raw HTML
   * @return safe HTML
   */
  public static String markdown(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    return sanitize(RENDERER.render(MARKDOWN.parse(markdown == null ? "" : markdown)));
  }

  /**
   * The body of a post as safe HTML.
   *
   * @param content the content
   * @return safe HTML of the body
   */
  public static String body(PostContent content) {
    Objects.requireNonNull(content, "content");
    return content.format() == ContentFormat.MARKDOWN ? markdown(content.body()) : sanitize(content.body());
  }
}
