package org.irrt.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.irrt.model.common.Money;
import org.irrt.model.freelinks.FreeLinksCatalogue;
import org.irrt.model.freelinks.ProfessionalDevelopmentOpportunity;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.spring.boot.IrrtCommands;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: about, links, Free Links, the campaign (and its pledge form), sign-in. */
@Controller
class PublicController {
  static final List<String> PLEDGE_FIELDS = List.of("donor", "amount", "installments", "startDate");
  /** The most monthly installments the pledge form takes (ten years), as its field and message say. */
  static final int MAX_INSTALLMENTS = 120;

  private final SiteData data;
  private final Organisation organisation;
  private final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges;
  private final IrrtCommands commands;
  private final Clock clock;
  private final StateWords words;
  private final MessageSource messages;

  PublicController(SiteData data, Organisation organisation, WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges,
      IrrtCommands commands, Clock clock, StateWords words, MessageSource messages) {
    this.data = data;
    this.organisation = organisation;
    this.pledges = pledges;
    this.commands = commands;
    this.clock = clock;
    this.words = words;
    this.messages = messages;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("rt", data.roundTable());
    return "home";
  }

  @GetMapping("/links")
  String links(Model model) {
    var rt = data.roundTable();
    model.addAttribute("featured", rt.linkGroups().stream().filter(g -> g.kind() == LinkGroupKind.FEATURED_WEBSITES).toList());
    model.addAttribute("related", rt.linkGroups().stream().filter(g -> g.kind() == LinkGroupKind.RELATED_LINKS
        || g.kind() == LinkGroupKind.INITIATIVES || g.kind() == LinkGroupKind.NEWS).toList());
    return "links";
  }

  @GetMapping("/free-links")
  String freeLinks(@RequestParam(required = false) String language, @RequestParam(required = false) String topic,
      Locale locale, Model model) {
    FreeLinksCatalogue c = data.catalogue();
    Form form = new Form(locale);
    Optional<String> lang = Optional.ofNullable(language).filter(s -> !s.isBlank()).map(String::strip);
    Optional<String> top = Optional.ofNullable(topic).filter(s -> !s.isBlank()).map(String::strip);
    FreeLinksCatalogue.Query query = form.check("", () -> new FreeLinksCatalogue.Query(lang, top, Optional.empty(),
        Optional.empty()));
    List<ProfessionalDevelopmentOpportunity> found = query == null ? List.of() : c.find(query);
    TreeSet<String> topics = new TreeSet<>();
    TreeSet<String> languages = new TreeSet<>();
    c.opportunities().forEach(o -> {
      topics.addAll(o.topics());
      languages.addAll(o.languages());
    });
    form.show(model, List.of("language", "topic"));
    model.addAttribute("found", found);
    model.addAttribute("topics", topics);
    model.addAttribute("languages", languages);
    model.addAttribute("language", language == null ? "" : language);
    model.addAttribute("topic", topic == null ? "" : topic);
    return "free-links";
  }

  /**
   * The campaign's page; {@code pledged} (the address the pledge form sends the fundraiser to) is said
   * to be recorded only when the store holds a pledge of that id: any other text, such as a sentence
   * in a link someone was sent, is not shown.
   */
  @GetMapping("/campaign")
  String campaign(@RequestParam(required = false) String pledged, Locale locale, Model model) {
    if (pledged != null && pledges.version(pledged) > 0) {
      model.addAttribute("pledged", pledged);
    }
    return campaignPage(locale, model, new Form(locale), "", "", "1", LocalDate.now(clock.withZone(organisation.zone())).toString());
  }

  private String campaignPage(Locale locale, Model model, Form form, String donor, String amount, String installments,
      String startDate) {
    var progress = data.progress();
    model.addAttribute("progress", progress);
    model.addAttribute("chart", SiteData.chart(progress, words, messages, locale));
    form.show(model, PLEDGE_FIELDS);
    model.addAttribute("donor", donor);
    model.addAttribute("amount", amount);
    model.addAttribute("installments", installments);
    model.addAttribute("startDate", startDate);
    model.addAttribute("token", token());
    return "campaign";
  }

  @PostMapping("/campaign/pledges")
  String pledge(@RequestParam String donor, @RequestParam String amount, @RequestParam String installments,
      @RequestParam String startDate, @RequestParam String token, Authentication auth, Locale locale, Model model) {
    Form form = new Form(locale).alias("total", "amount").alias("installmentCount", "installments")
        .alias("name", "donor");
    var campaign = data.campaign();
    Donor d = form.check("donor", () -> Donor.outside(donor));
    Money total = form.check("amount", () -> Money.parse(amount, campaign.goal().currency(), locale));
    Integer count = null;
    try {
      count = Integer.valueOf(installments.strip());
    } catch (NumberFormatException e) {
      count = null;
    }
    // the form's own range, as its field and message say (the library takes up to 600 monthly installments)
    if (count == null || count < 1 || count > MAX_INSTALLMENTS) {
      count = null;
      form.add("installments", messages.getMessage("form.installments", null, locale));
    }
    LocalDate start = null;
    try {
      start = LocalDate.parse(startDate.strip(), Form.DATE);
    } catch (java.time.format.DateTimeParseException e) {
      form.add("startDate", messages.getMessage("form.date", null, locale));
    }
    token(form, token);
    if (form.ok()) {
      Integer n = count;
      LocalDate s = start;
      Pledge p = form.check("", () -> Pledge.builder().id(PledgeId.of(instanceId("pl-", token)))
          .campaign(campaign.id()).donor(d).total(total).installmentCount(n).frequency(Frequency.monthly())
          .startDate(s).build());
      if (p != null) {
        var outcome = commands.issue(pledges, p.id().value(),
            Request.of(new PledgeCommand.Record(p), SecurityConfig.actor(auth)).withIdempotencyKey(token));
        if (form.accepted(outcome)) {
          return "redirect:/campaign?pledged=" + p.id().value();
        }
      }
    }
    return campaignPage(locale, model, form, donor, amount, installments, startDate);
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("users", SecurityConfig.USERS);
    model.addAttribute("password", SecurityConfig.PASSWORD);
    return "login";
  }

  /** A fresh form token. */
  static String token() {
    return UUID.randomUUID().toString();
  }

  /**
   * The token a form sent back, checked as the idempotency key it becomes (with the longest suffix a
   * controller adds, {@code -submit}): a hidden field edited by hand (empty, markup, 200 characters)
   * is the form's violation at {@code token}, in the visitor's language, never a server error.
   *
   * @param form the form's report
   * @param sent the field as sent
   * @return the token, or null when it is refused (then the form is not ok)
   */
  static String token(Form form, String sent) {
    return form.check("token", () -> {
      Request.of(sent, Actor.of("site", Role.SYSTEM)).withIdempotencyKey(sent).withIdempotencyKey(sent + "-submit");
      return sent;
    });
  }

  /**
   * The instance a form's token makes: the prefix and 24 hex digits of the token's SHA-256, as
   * {@link MembershipApplicationWorkflow#applicationId} (the first 8 characters of the token, as
   * before, met in a table of 77,000 forms by even odds and needed a token of 8 characters or more).
   *
   * @param prefix e.g. {@code post-}
   * @param token a checked token
   * @return e.g. {@code post-3f9a0c1d2e4b5a6978c0d1e2}
   */
  static String instanceId(String prefix, String token) {
    return prefix + MembershipApplicationWorkflow.applicationId(token).substring("app-".length());
  }
}
