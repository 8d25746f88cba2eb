package org.irrt.site;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.contribution.SafeContent;
import org.irrt.spring.boot.IrrtCommands;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.contribution.PostState;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The blog: a contributor writes Markdown and submits it; an editor who did not write it reviews it
 * (four eyes), approves it and schedules it at a local time in the organisation's zone; the sweep
 * publishes it then; the published page shows {@link SafeContent#body} only (no script survives).
 */
@Controller
class BlogController {
  static final List<String> FIELDS = List.of("title", "body", "language");

  private final WorkflowEngine<BlogPost, PostCommand, PostEvent> posts;
  private final IrrtStores stores;
  private final IrrtCommands commands;
  private final Organisation organisation;
  private final MessageSource messages;

  BlogController(WorkflowEngine<BlogPost, PostCommand, PostEvent> posts, IrrtStores stores, IrrtCommands commands,
      Organisation organisation, MessageSource messages) {
    this.posts = posts;
    this.stores = stores;
    this.commands = commands;
    this.organisation = organisation;
    this.messages = messages;
  }

  private List<BlogPost> all() {
    List<BlogPost> all = new ArrayList<>();
    for (String id : stores.posts().instanceIds()) {
      all.add(posts.load(id));
    }
    return all;
  }

  @GetMapping("/blog")
  String blog(Model model) {
    List<BlogPost> published = all().stream().filter(p -> p.liveContent().isPresent())
        .sorted(Comparator.comparing(BlogPost::id).reversed()).toList();
    model.addAttribute("posts", published);
    return "blog";
  }

  @GetMapping("/blog/{id}")
  String post(@PathVariable String id, Model model) {
    BlogPost p = posts.load(id);
    PostContent content = p.liveContent().orElseThrow(() -> new ResponseStatusException(
        org.springframework.http.HttpStatus.NOT_FOUND));
    model.addAttribute("post", p);
    model.addAttribute("content", content);
    model.addAttribute("body", SafeContent.body(content));
    return "post";
  }

  @GetMapping("/write")
  String write(Locale locale, Model model) {
    return writePage(model, new Form(locale), "", "", locale.getLanguage().isEmpty() ? "en" : locale.getLanguage(),
        PublicController.token());
  }

  private String writePage(Model model, Form form, String title, String body, String language, String token) {
    form.show(model, FIELDS);
    model.addAttribute("title", title);
    model.addAttribute("body", body);
    model.addAttribute("language", language);
    model.addAttribute("token", token);
    return "write";
  }

  @PostMapping("/write")
  String submit(@RequestParam String title, @RequestParam String body, @RequestParam String language,
      @RequestParam String token, Authentication auth, Locale locale, Model model) {
    Form form = new Form(locale);
    PostContent content = form.check("", () -> PostContent.builder().title(title).body(body)
        .format(ContentFormat.MARKDOWN).language(language.strip()).build());
    boolean tokenOk = PublicController.token(form, token) != null;
    if (content != null && tokenOk) {
      String id = PublicController.instanceId("post-", token);
      var actor = SecurityConfig.actor(auth);
      if (form.accepted(commands.issue(posts, id, Request.of(new PostCommand.Create(content), actor)
          .withIdempotencyKey(token)))
          && form.accepted(commands.issue(posts, id, Request.of(new PostCommand.Submit(), actor)
          .withIdempotencyKey(token + "-submit")))) {
        return "redirect:/write/" + id;
      }
    }
    return writePage(model, form, title, body, language, tokenOk ? token : PublicController.token());
  }

  @GetMapping("/write/{id}")
  String written(@PathVariable String id, Model model) {
    PageAdvice.requireStored(posts, id);
    model.addAttribute("post", posts.load(id));
    return "written";
  }

  @GetMapping("/editor/posts")
  String queue(Model model) {
    model.addAttribute("posts", all().stream().filter(p -> p.state() != PostState.NONE)
        .sorted(Comparator.comparing(BlogPost::id)).toList());
    return "editor-posts";
  }

  @GetMapping("/editor/posts/{id}")
  String review(@PathVariable String id, Locale locale, Model model) {
    PageAdvice.requireStored(posts, id);
    return reviewPage(id, model, new Form(locale), "", "");
  }

  private String reviewPage(String id, Model model, Form form, String reason, String publishAt) {
    BlogPost p = posts.load(id);
    model.addAttribute("post", p);
    model.addAttribute("version", posts.version(id));
    model.addAttribute("latest", p.contribution().map(c -> c.content())
        .orElse(null));
    model.addAttribute("reason", reason);
    model.addAttribute("publishAt", publishAt);
    model.addAttribute("zone", organisation.zone());
    form.show(model, List.of("reason", "publishAt"));
    return "editor-post";
  }

  @PostMapping("/editor/posts/{id}")
  String decide(@PathVariable String id, @RequestParam String action, @RequestParam long version,
      @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String publishAt,
      Authentication auth, Locale locale, Model model) {
    PageAdvice.requireStored(posts, id);
    Form form = new Form(locale).refusalAt("reasonGiven", "reason").refusalAt("inFuture", "publishAt");
    ZoneId zone = organisation.zone();
    PostCommand command = switch (action) {
      case "start-review" -> new PostCommand.StartReview();
      case "approve" -> new PostCommand.Approve();
      case "request-changes" -> new PostCommand.RequestChanges(reason);
      case "reject" -> new PostCommand.Reject(reason);
      case "publish" -> new PostCommand.Publish();
      case "schedule" -> {
        try {
          yield new PostCommand.Schedule(LocalDateTime.parse(publishAt.strip(), Form.DATE_TIME), zone);
        } catch (DateTimeParseException e) {
          form.add("publishAt", messages.getMessage("form.dateTime", new Object[] {zone.getId()}, locale));
          yield null;
        }
      }
      default -> null;
    };
    // a version field edited by hand (negative) is the form's violation at "version", not a server error
    Request<PostCommand> request = command == null ? null
        : form.check("version", () -> Request.of(command, SecurityConfig.actor(auth)).withExpectedVersion(version));
    if (request != null && form.accepted(commands.issue(posts, id, request))) {
      return "redirect:/editor/posts/" + id;
    }
    return reviewPage(id, model, form, reason, publishAt);
  }
}
