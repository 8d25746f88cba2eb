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

  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;
  private final IrrtStores stores;
  private final IrrtCommands commands;
  private final Organisation organisation;
  private final Clock clock;

  JoinController(WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications,
      IrrtStores stores, IrrtCommands commands, Organisation organisation, Clock clock) {
    this.applications = applications;
    this.stores = stores;
    this.commands = commands;
    this.organisation = organisation;
    this.clock = clock;
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
    Form form = new Form(locale);
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
    String id = MembershipApplicationWorkflow.applicationId(tokenOk ? token : PublicController.token());
    MemberId memberId = MemberId.of("m-" + id.substring("app-".length()));
    Member member = form.ok() ? form.check("", () -> Member.builder().id(memberId).name(name).email(email).country(country)
        .preferredLanguage(SiteLanguages.preferredLanguage(request, locale))
        .category(MemberCategory.REGULAR).build()) : null;
    if (member != null) {
      Actor applicant = new Actor(org.irrt.workflow.ActorId.of(memberId), Set.of(Role.APPLICANT));
      Outcome<MembershipApplication, ApplicationEvent> created = commands.issue(applications, id,
          Request.of(new ApplicationCommand.Create(member, type, token), applicant).withIdempotencyKey(token));
      if (form.accepted(created)) {
        Outcome<MembershipApplication, ApplicationEvent> submitted = commands.issue(applications, id,
            Request.of(new ApplicationCommand.Submit(), applicant).withIdempotencyKey(token + "-submit"));
        if (form.accepted(submitted)) {
          return "redirect:/join/" + id;
        }
      }
    }
    return page(model, form, params, tokenOk ? token : PublicController.token());
  }

  @GetMapping("/join/{id}")
  String status(@PathVariable String id, Model model) {
    MembershipApplication a = applications.load(id);
    if (a.state() == ApplicationState.NONE) { // no such application: the site's "not found" page, not the form
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    model.addAttribute("app", a);
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
    model.addAttribute("open", open);
    model.addAttribute("members", members);
    return "officer-applications";
  }

  @GetMapping("/officer/applications/{id}")
  String review(@PathVariable String id, Locale locale, Model model) {
    return reviewPage(id, model, new Form(locale), "");
  }

  private String reviewPage(String id, Model model, Form form, String reason) {
    model.addAttribute("app", applications.load(id));
    model.addAttribute("version", applications.version(id));
    model.addAttribute("history", applications.history(id));
    model.addAttribute("reason", reason);
    form.show(model, List.of("reason"));
    return "officer-application";
  }

  @PostMapping("/officer/applications/{id}")
  String decide(@PathVariable String id, @RequestParam String action, @RequestParam long version,
      @RequestParam(defaultValue = "") String reason, Authentication auth, Locale locale, Model model,
      RedirectAttributes redirect) {
    Form form = new Form(locale);
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
    return reviewPage(id, model, form, reason);
  }
}
