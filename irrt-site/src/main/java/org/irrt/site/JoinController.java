package org.irrt.site;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.spring.boot.IrrtCommands;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining: a visitor applies (the form's token is the application's idempotency key and, hashed, its
 * id, so a form sent twice makes one application); an officer starts the review, asks for more
 * information, approves or rejects, each based on the version the page showed, so a second
 * officer's stale decision is refused in words; the application's page then shows the membership.
 */
@Controller
class JoinController {
  static final List<String> FIELDS = List.of("givenNames", "familyName", "email", "country", "type");
  private static final Set<ApplicationState> OPEN = Set.of(ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW,
      ApplicationState.MORE_INFORMATION_REQUESTED, ApplicationState.APPROVED);
  /** The decisions this site offers an officer, by the command each issues, in the page's order. */
  private static final Map<Class<?>, String> DECISIONS = new java.util.LinkedHashMap<>();

  static {
    DECISIONS.put(ApplicationCommand.StartReview.class, "start-review");
    DECISIONS.put(ApplicationCommand.RequestInformation.class, "request-information");
    DECISIONS.put(ApplicationCommand.Approve.class, "approve");
    DECISIONS.put(ApplicationCommand.Reject.class, "reject");
  }

  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;
  private final IrrtStores stores;
  private final IrrtCommands commands;
  private final Organisation organisation;
  private final Clock clock;
  private final MessageSource messages;
  private final OpenApplicationEmails openEmails;

  JoinController(WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications,
      IrrtStores stores, IrrtCommands commands, Organisation organisation, Clock clock, MessageSource messages,
      OpenApplicationEmails openEmails) {
    this.applications = applications;
    this.stores = stores;
    this.commands = commands;
    this.organisation = organisation;
    this.clock = clock;
    this.messages = messages;
    this.openEmails = openEmails;
  }

  @GetMapping("/join")
  String form(Locale locale, Model model) {
    return page(model, new Form(locale), Map.of(), PublicController.token());
  }

  private String page(Model model, Form form, Map<String, String> values, String token) {
    form.show(model, FIELDS);
    model.addAttribute("types", organisation.membershipTypes());
    model.addAttribute("values", values);
    model.addAttribute("token", token);
    return "join";
  }

  @PostMapping("/join")
  String apply(@RequestParam Map<String, String> params, Locale locale, HttpServletRequest request, Model model) {
    String token = params.getOrDefault("token", "");
    Form form = new Form(locale).refusalAt("membershipType", "type");
    boolean tokenOk = PublicController.token(form, token) != null;
    String given = params.getOrDefault("givenNames", "").strip();
    String family = params.getOrDefault("familyName", "").strip();
    if (given.isEmpty() && family.isEmpty()) {
      form.text("givenNames", "", 200, false); // a name is required: given, family, or one name alone
    }
    PersonName name = given.isEmpty() && family.isEmpty() ? null : form.check("givenNames",
        () -> family.isEmpty() ? PersonName.mononym(given) : given.isEmpty() ? PersonName.mononym(family)
            : PersonName.of(given, family));
    EmailAddress email = form.check("email", () -> EmailAddress.of(params.getOrDefault("email", "").strip()));
    // a visitor may type "fr": the code is the same in capitals (ISO 3166-1), which the library requires
    CountryCode country = form.check("country",
        () -> CountryCode.of(params.getOrDefault("country", "").strip().toUpperCase(java.util.Locale.ROOT)));
    MembershipTypeId type = form.check("type", () -> MembershipTypeId.of(params.getOrDefault("type", "")));
    if (type != null && applications.workflow() instanceof MembershipApplicationWorkflow workflow) {
      // named with the form's other mistakes (before, only once they were put right: no application is sent before)
      workflow.typeOffered(type).ifPresent(refused -> form.add("type", refused.message(locale)));
    }
    String id = MembershipApplicationWorkflow.applicationId(tokenOk ? token : PublicController.token());
    MemberId memberId = MemberId.of("m-" + id.substring("app-".length()));
    // the address's check and the application's creation are one step for every server on the store's data
    // (its exclusive lock, which the creation's own append joins): two forms with one address sent at the
    // same instant both passed the check, then both were created (before, on two servers, or on one)
    boolean made = stores.applications().exclusively(() -> {
      // the same form sent again is the library's replay, not a second application
      if (email != null && tokenOk && applications.load(MembershipApplicationWorkflow.applicationId(token)).state()
          == ApplicationState.NONE && openEmails.isOpen(email)) {
        form.add("email", messages.getMessage("join.emailOpen", null, locale));
      }
      Member member = form.ok() ? form.check("", () -> Member.builder().id(memberId).name(name).email(email)
          .country(country).preferredLanguage(SiteLanguages.preferredLanguage(request, locale))
          .category(MemberCategory.REGULAR).build()) : null;
      if (member != null) {
        Actor applicant = new Actor(org.irrt.workflow.ActorId.of(memberId), Set.of(Role.APPLICANT));
        Outcome<MembershipApplication, ApplicationEvent> created = commands.issue(applications, id,
            Request.of(new ApplicationCommand.Create(member, type, token), applicant).withIdempotencyKey(token));
        if (form.accepted(created)) {
          Outcome<MembershipApplication, ApplicationEvent> submitted = commands.issue(applications, id,
              Request.of(new ApplicationCommand.Submit(), applicant).withIdempotencyKey(token + "-submit"));
          return form.accepted(submitted);
        }
      }
      return false;
    });
    return made ? "redirect:/join/" + id : page(model, form, params, tokenOk ? token : PublicController.token());
  }

  /**
   * An application's history in the reader's words: for each event, the state its row led to (the
   * library's words, as refusals name states), who (the applicant's name, a demonstration user's
   * role, "the system" for the sweep and automatic rows) and when.
   */
  private List<HistoryLine> history(MembershipApplication a, Locale locale) {
    List<HistoryLine> lines = new ArrayList<>();
    var workflow = applications.workflow();
    for (ApplicationEvent e : applications.history(a.id())) {
      String state = workflow.stateName(workflow.definition().state(e.header().state()), locale);
      lines.add(new HistoryLine(e.header().at(), messages.getMessage("officer.application.event",
          new Object[] {state, actorName(a, e.header().actor().value(), locale)}, locale)));
    }
    return lines;
  }

  private String actorName(MembershipApplication a, String actor, Locale locale) {
    if (actor.equals(org.irrt.workflow.ActorId.SYSTEM.value())) {
      return messages.getMessage("history.system", null, locale);
    }
    if (a.applicant().map(m -> m.id().value().equals(actor)).orElse(false)) {
      return a.applicant().get().name().displayName();
    }
    return SecurityConfig.USERS.stream().filter(u -> u.name().equals(actor)).findFirst()
        .map(u -> messages.getMessage(SecurityConfig.describe(u), null, locale)).orElse(actor);
  }

  /**
   * One line of an application's history.
   *
   * @param at when
   * @param text what and who, in words
   */
  record HistoryLine(java.time.Instant at, String text) {}

  @GetMapping("/join/{id}")
  String status(@PathVariable String id, Locale locale, Model model) {
    PageAdvice.requireStored(applications, id);
    MembershipApplication a = applications.load(id);
    model.addAttribute("app", a);
    model.addAttribute("history", history(a, locale));
    model.addAttribute("membershipStatus", a.membership().map(m -> m.status(clock.instant(), organisation.zone()))
        .orElse(null));
    model.addAttribute("counts", a.membership().map(m -> Set.of(MembershipStatus.NEW, MembershipStatus.CURRENT,
        MembershipStatus.GRACE).contains(m.status(clock.instant(), organisation.zone()))).orElse(false));
    return "application";
  }

  @GetMapping("/officer/applications")
  String list(Model model) {
    List<MembershipApplication> open = new ArrayList<>();
    List<MembershipApplication> members = new ArrayList<>();
    for (String id : stores.applications().instanceIds()) {
      MembershipApplication a = applications.load(id);
      if (OPEN.contains(a.state())) {
        open.add(a);
      } else if (a.state() == ApplicationState.ACTIVE) {
        members.add(a);
      }
    }
    open.sort(Comparator.comparing(a -> a.lastChange().orElse(java.time.Instant.EPOCH)));
    Map<String, java.time.Instant> submitted = new java.util.HashMap<>();
    for (MembershipApplication a : open) {
      applications.history(a.id()).stream().filter(e -> e instanceof ApplicationEvent.ApplicationSubmitted)
          .findFirst().ifPresent(e -> submitted.put(a.id(), e.header().at()));
    }
    model.addAttribute("open", open);
    model.addAttribute("submitted", submitted);
    model.addAttribute("members", members);
    return "officer-applications";
  }

  @GetMapping("/officer/applications/{id}")
  String review(@PathVariable String id, Authentication auth, Locale locale, Model model) {
    PageAdvice.requireStored(applications, id);
    return reviewPage(id, auth, locale, model, new Form(locale), "");
  }

  private String reviewPage(String id, Authentication auth, Locale locale, Model model, Form form, String reason) {
    MembershipApplication a = applications.load(id);
    model.addAttribute("app", a);
    model.addAttribute("version", applications.version(id));
    model.addAttribute("history", history(a, locale));
    model.addAttribute("decisions", decisions(a, auth));
    model.addAttribute("reason", reason);
    form.show(model, List.of("reason"));
    return "officer-application";
  }

  @PostMapping("/officer/applications/{id}")
  String decide(@PathVariable String id, @RequestParam String action, @RequestParam long version,
      @RequestParam(defaultValue = "") String reason, Authentication auth, Locale locale, Model model,
      RedirectAttributes redirect) {
    PageAdvice.requireStored(applications, id);
    Form form = new Form(locale).refusalAt("reasonGiven", "reason");
    ApplicationCommand command = switch (action) {
      case "start-review" -> new ApplicationCommand.StartReview();
      case "approve" -> new ApplicationCommand.Approve();
      case "request-information" -> new ApplicationCommand.RequestInformation(reason);
      case "reject" -> new ApplicationCommand.Reject(reason);
      default -> null;
    };
    if (command == null) {
      return "redirect:/officer/applications/" + id;
    }
    // a version field edited by hand (negative) is the form's violation at "version", not a server error
    Request<ApplicationCommand> request = form.check("version",
        () -> Request.of(command, SecurityConfig.actor(auth)).withExpectedVersion(version));
    if (request != null && form.accepted(commands.issue(applications, id, request))) {
      redirect.addFlashAttribute("done", action);
      return "redirect:/officer/applications/" + id;
    }
    return reviewPage(id, auth, locale, model, form, reason);
  }

  /**
   * The decisions the workflow's table allows this officer now ({@link
   * org.irrt.workflow.Workflow#permittedCommands}, the rows the refusals' "possible now" lists),
   * among those this site offers: recording a payment is allowed in some states, but the site has no
   * form for it, so it is not offered.
   */
  private Set<String> decisions(MembershipApplication a, Authentication auth) {
    Set<String> allowed = new java.util.LinkedHashSet<>();
    var permitted = applications.workflow().permittedCommands(a, SecurityConfig.actor(auth));
    DECISIONS.forEach((command, action) -> {
      if (permitted.contains(command)) {
        allowed.add(action);
      }
    });
    return allowed;
  }
}
