package org.irrt.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.contribution.SafeContent;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.workflow.Actor;
import org.irrt.workflow.InMemoryWorkflowStore;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.ContributionWorkflow;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.contribution.PostState;

/**
 * Example: takes a Markdown post through the blog's editorial workflow (submission, a review that
 * asks for changes, resubmission, approval, publication scheduled at a given local time and done by
 * the sweep), prints the audit trail, and writes the published post as a standalone HTML page in the
 * blog's look, under the round table's name. Hostile HTML in the post is sanitised away.
 *
 * <p>Run: {@code java org.irrt.examples.BlogExample [POST.md] [PUBLISH_AT] [ZONE] [OUT.html]}.
 */
public final class BlogExample {
  /** The class-path resource of the sample post. */
  public static final String SAMPLE = "/org/irrt/examples/post.md";

  private static final Actor CONTRIBUTOR = Actor.of("m-001", Role.CONTRIBUTOR);
  private static final Actor EDITOR = Actor.of("blog-coordinator", Role.EDITOR);
  /** The names the audit trail shows (synthetic); the system's sweep in words ({@code workflows.system}). */
  private static final java.util.Map<String, String> NAMES =
      java.util.Map.of("m-001", "Ana María García Márquez", "blog-coordinator", "Grace Okafor");

  private BlogExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the post, the publication time ({@code 2026-12-01T09:00}), the zone and the output
   */
  public static void main(String[] args) {
    String markdown = read(args.length > 0 ? Path.of(args[0]) : null);
    LocalDateTime at = args.length > 1 ? LocalDateTime.parse(args[1]) : LocalDateTime.of(2026, 12, 1, 9, 0);
    ZoneId zone = args.length > 2 ? ZoneId.of(args[2]) : ZoneId.of("America/Chicago");
    Path out = args.length > 3 ? Path.of(args[3]) : Path.of("post.html");
    String page = run(markdown, at, zone, IrrtData.irrt(), System.out, CliMessages.of(Locale.ENGLISH));
    write(page, out);
    System.out.println("wrote " + out);
  }

  /** The largest post file read: a 200,000-character body of 4-byte characters, and a title. */
  public static final int MAX_BYTES = 1 << 20;
  /** The first year a publication time may lie in. */
  static final int FIRST_YEAR = 1900;
  /** The last year a publication time may lie in. */
  static final int LAST_YEAR = 2200;

  /**
   * The text of a Markdown file, or of the bundled sample: UTF-8 (a byte order mark is dropped),
   * line ends as {@code \n} whether the file used CR LF, CR or LF.
   *
   * @param file a UTF-8 Markdown file of at most {@link #MAX_BYTES} bytes, or {@code null}
   * @return the text
   * @throws InvalidValueException when the file is larger, not UTF-8, or holds nothing but white space
   * @throws UncheckedIOException when the file cannot be read
   */
  public static String read(Path file) {
    byte[] bytes;
    try (InputStream in = file == null ? BlogExample.class.getResourceAsStream(SAMPLE) : Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw problem("", "blog.tooLarge", MAX_BYTES, MAX_BYTES >> 20);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw problem("", "blog.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw problem("", "blog.empty");
    }
    return text;
  }

  /** A refused post: the message in the reader's language, from the command line's bundle. */
  private static InvalidValueException problem(String path, String key, Object... args) {
    return new InvalidValueException("post", List.of(new Violation(path, "org.irrt.examples." + key,
        locale -> CliMessages.of(locale).get(key, args))));
  }

  /**
   * Writes a page.
   *
   * @param page the HTML
   * @param out the file
   * @throws UncheckedIOException when it cannot be written
   */
  public static void write(String page, Path out) {
    try {
      Files.writeString(out, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Takes a post through the workflow and renders it.
   *
   * @param markdown the post: a first {@code # } line is its title
   * @param publishAt the wall-clock publication time
   * @param zone the zone it is meant in
   * @param roundTable the round table whose blog it is
   * @param log where the audit trail is printed
   * @return the published page's HTML
   * @throws org.irrt.model.common.InvalidValueException when the post is not valid content (empty, too long...)
   */
  public static String run(String markdown, LocalDateTime publishAt, ZoneId zone, RoundTable roundTable, PrintStream log) {
    return run(markdown, publishAt, zone, roundTable, log, CliMessages.of(Locale.ENGLISH));
  }

  /**
   * Takes a post through the workflow and renders it, printing the audit trail in a language.
   *
   * @param markdown the post: a first {@code # } line is its title
   * @param publishAt the wall-clock publication time
   * @param zone the zone it is meant in
   * @param roundTable the round table whose blog it is
   * @param log where the audit trail is printed
   * @param m the trail's words, in the reader's language
   * @return the published page's HTML
   * @throws InvalidValueException when the post is not valid content, or the time lies outside 1900-2200
   */
  public static String run(String markdown, LocalDateTime publishAt, ZoneId zone, RoundTable roundTable, PrintStream log,
      CliMessages m) {
    if (publishAt.getYear() < FIRST_YEAR || publishAt.getYear() > LAST_YEAR) {
      throw problem("publishAt", "blog.years", FIRST_YEAR, LAST_YEAR);
    }
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    String title = "Untitled";
    String body = text;
    if (text.startsWith("# ")) {
      int end = text.indexOf('\n');
      title = (end < 0 ? text.substring(2) : text.substring(2, end)).strip();
      body = end < 0 ? "" : text.substring(end + 1).strip();
    }
    PostContent first = PostContent.builder().title(title).body(body)
        .format(ContentFormat.MARKDOWN).language("en").addTags("professional development").build();
    PostContent revised = PostContent.builder().from(first)
        .body(first.body() + "\n\n*Further reading:* the Free Links Program, "
            + roundTable.initiatives().stream().filter(i -> i.name().equals("Free Links Program")).findFirst()
                .flatMap(i -> i.url()).map(u -> "<" + u + ">").orElse("on the round table's page") + ".")
        .build();

    Instant start = publishAt.atZone(zone).toInstant().minus(Duration.ofDays(10));
    ScriptClock clock = new ScriptClock(start);
    ContributionWorkflow workflow = new ContributionWorkflow();
    var engine = WorkflowEngine.of(workflow, new InMemoryWorkflowStore<PostEvent>(), clock);
    String id = "sample-post";
    List<Step> steps = List.of(
        new Step(new PostCommand.Create(first), CONTRIBUTOR, null),
        new Step(new PostCommand.Submit(), CONTRIBUTOR, "Ready for review."),
        new Step(new PostCommand.StartReview(), EDITOR, null),
        new Step(new PostCommand.RequestChanges("Please point readers to the Free Links Program."), EDITOR, null),
        new Step(new PostCommand.Save(revised, 1), CONTRIBUTOR, "Added the link."),
        new Step(new PostCommand.Resubmit(), CONTRIBUTOR, null),
        new Step(new PostCommand.StartReview(), EDITOR, null),
        new Step(new PostCommand.Approve(), EDITOR, null),
        new Step(new PostCommand.Schedule(publishAt, zone), EDITOR, null));
    for (Step s : steps) {
      clock.set(clock.instant().plus(Duration.ofHours(5)));
      Request<PostCommand> request = Request.of(s.command(), s.actor());
      Outcome<BlogPost, PostEvent> o = engine.issue(id, s.comment() == null ? request : request.withComment(s.comment()));
      if (o instanceof Outcome.Refused<BlogPost, PostEvent> refused) {
        throw new IllegalStateException("refused: " + refused.reasons());
      }
    }
    clock.set(publishAt.atZone(zone).toInstant().plus(Duration.ofMinutes(7))); // the next sweep runs a little later
    engine.sweep(workflow.publishDue());
    BlogPost post = engine.load(id);
    if (post.state() != PostState.PUBLISHED) {
      throw new IllegalStateException("not published: " + post.state());
    }

    log.println(m.get("blog.trail", title, m.zone(zone, publishAt.atZone(zone).toInstant())));
    for (PostEvent e : engine.history(id)) {
      log.println("  " + m.dateTime(e.header().at(), zone) + "  " + m.get("workflows.event",
          m.get("event." + e.getClass().getSimpleName()), NAMES.getOrDefault(e.header().actor().value(),
              e.header().actor().equals(org.irrt.workflow.ActorId.SYSTEM) ? m.get("workflows.system") : e.header().actor().value()))
          + e.header().comment().map(c -> "  " + m.get("workflows.comment", WorkflowExample.oneLine(c))).orElse("")
          + (e instanceof PostEvent.PostPublished p ? "  " + m.get("blog.publishedAt", m.dateTime(p.publishedAt(), zone)) : "")
          + (e instanceof PostEvent.ChangesRequested c ? "  " + m.get("blog.reason", c.reason()) : ""));
    }
    log.println(m.get("blog.revisions", post.contribution().orElseThrow().revisions().size(),
        post.contribution().orElseThrow().current().contentHash().substring(0, 12)));
    return page(post, roundTable, zone);
  }

  private record Step(PostCommand command, Actor actor, String comment) {}

  /**
   * The standalone page of a published post.
   *
   * @param post the post
   * @param roundTable the round table
   * @param zone the zone dates are shown in
   * @return the HTML
   */
  static String page(BlogPost post, RoundTable roundTable, ZoneId zone) {
    PostContent content = post.liveContent().orElseThrow();
    String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
        .format(post.publishedAt().orElseThrow().atZone(zone));
    String blog = roundTable.name() + " (" + roundTable.acronym() + ") Blog";
    return "<!DOCTYPE html>\n<html lang=\"" + escape(content.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(content.title()) + " | " + escape(blog) + "</title>\n<style>\n"
        + "body{margin:0;font-family:Georgia,'Times New Roman',serif;color:#222;background:#f6f4ef}\n"
        + "header{background:#1d3d5c;color:#fff;padding:1.2rem 2rem}\n"
        + "header a{color:#fff;text-decoration:none;font:600 1.2rem/1.2 Helvetica,Arial,sans-serif}\n"
        + "article{max-width:42rem;margin:2rem auto;background:#fff;padding:2rem 2.5rem;box-shadow:0 1px 3px #0002}\n"
        + "h1{font:700 2rem/1.2 Helvetica,Arial,sans-serif;color:#1d3d5c}.meta{color:#666;font-size:.9rem}\n"
        + "blockquote{border-left:4px solid #c8a24a;margin-left:0;padding-left:1rem;color:#555}\n"
        + "footer{text-align:center;color:#666;font-size:.85rem;padding:2rem}\n</style>\n</head>\n<body>\n"
        + "<header><a href=\"#\">" + escape(blog) + "</a></header>\n<article>\n<h1>" + escape(content.title()) + "</h1>\n"
        + "<p class=\"meta\">Published " + escape(date) + "</p>\n" + SafeContent.body(content) + "\n</article>\n"
        + "<footer>" + escape(roundTable.name()) + ", a round table of the " + escape(roundTable.parentOrganization().name())
        + "</footer>\n</body>\n</html>\n";
  }

  private static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
