package org.irrt.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.member.MemberId;
import org.irrt.spring.boot.IrrtCommands;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.workflow.Request;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.committee.VolunteerState;
import org.irrt.workflow.committee.Volunteering;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Committee volunteering: a member sends a volunteer form naming up to five of the round table's
 * committees; the appointing officer (IRRT: the Vice-Chair/Chair-Elect) appoints, usually to one of
 * them but to any committee with a seat (the library leaves that choice to the officer), for a
 * role and a term the committee's rules allow, checked against the roster (seats, three positions,
 * term limits).
 */
@Controller
class VolunteerController {
  static final List<String> FIELDS = List.of("preferences", "statement", "availability");

  private final WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> volunteering;
  private final IrrtStores stores;
  private final IrrtCommands commands;
  private final SiteData data;
  private final MessageSource messages;

  VolunteerController(WorkflowEngine<Volunteering, VolunteerCommand, VolunteerEvent> volunteering, IrrtStores stores,
      IrrtCommands commands, SiteData data, MessageSource messages) {
    this.volunteering = volunteering;
    this.stores = stores;
    this.commands = commands;
    this.data = data;
    this.messages = messages;
  }

  @GetMapping("/volunteer")
  String form(Locale locale, Model model) {
    return page(model, new Form(locale), List.of(), "", "", PublicController.token());
  }

  private String page(Model model, Form form, List<String> preferences, String statement, String availability,
      String token) {
    form.show(model, FIELDS);
    model.addAttribute("committees", data.roundTable().committees());
    model.addAttribute("preferences", preferences);
    model.addAttribute("statement", statement);
    model.addAttribute("availability", availability);
    model.addAttribute("token", token);
    return "volunteer";
  }

  @PostMapping("/volunteer")
  String submit(@RequestParam(required = false) List<String> preferences, @RequestParam String statement,
      @RequestParam(defaultValue = "") String availability, @RequestParam String token, Authentication auth,
      Locale locale, Model model) {
    Form form = new Form(locale).refusalAt("knownCommittees", "preferences");
    List<String> chosen = preferences == null ? List.of() : preferences;
    List<CommitteeId> ids = new ArrayList<>();
    for (String p : chosen) {
      CommitteeId id = form.check("preferences", () -> CommitteeId.of(p));
      if (id != null) {
        ids.add(id);
      }
    }
    var actor = SecurityConfig.actor(auth);
    // the form's own rules are the library's: committees named once, 1 to 5; the text rules
    VolunteerForm vf = form.check("", () -> new VolunteerForm(MemberId.of(actor.id().value()), ids, statement.strip(),
        availability));
    boolean tokenOk = PublicController.token(form, token) != null;
    if (form.ok()) {
      String id = PublicController.instanceId("vol-", token);
      if (form.accepted(commands.issue(volunteering, id, Request.of(new VolunteerCommand.Submit(vf), actor)
          .withIdempotencyKey(token)))) {
        return "redirect:/volunteer/" + id;
      }
    }
    return page(model, form, chosen, statement, availability, tokenOk ? token : PublicController.token());
  }

  @GetMapping("/volunteer/{id}")
  String sent(@PathVariable String id, Model model) {
    PageAdvice.requireStored(volunteering, id);
    model.addAttribute("volunteering", volunteering.load(id));
    return "volunteered";
  }

  @GetMapping("/appointments")
  String list(Locale locale, Model model) {
    return listPage(model, new Form(locale), null);
  }

  private String listPage(Model model, Form form, String failedId) {
    List<Volunteering> forms = new ArrayList<>();
    for (String id : stores.volunteering().instanceIds()) {
      Volunteering v = volunteering.load(id);
      if (v.state() != VolunteerState.NONE) {
        forms.add(v);
      }
    }
    forms.sort(java.util.Comparator.comparing(Volunteering::id));
    model.addAttribute("forms", forms);
    model.addAttribute("versions", forms.stream().collect(java.util.stream.Collectors.toMap(Volunteering::id,
        v -> volunteering.version(v.id()))));
    model.addAttribute("committees", data.roundTable().committees());
    model.addAttribute("committeeRoles", CommitteeRole.values());
    model.addAttribute("failedId", failedId);
    form.show(model, List.of("committee", "role", "termYears"));
    return "appointments";
  }

  @PostMapping("/appointments/{id}")
  String appoint(@PathVariable String id, @RequestParam String committee, @RequestParam String role,
      @RequestParam String termYears, @RequestParam long version, Authentication auth, Locale locale, Model model) {
    PageAdvice.requireStored(volunteering, id);
    Form form = new Form(locale).refusalAt("knownCommittee", "committee").refusalAt("termLength", "termYears");
    CommitteeId c = form.check("committee", () -> CommitteeId.of(committee));
    CommitteeRole r = null;
    try {
      r = CommitteeRole.valueOf(role);
    } catch (IllegalArgumentException e) {
      form.add("role", messages.getMessage("form.role", null, locale));
    }
    int years = 0;
    try {
      years = Integer.parseInt(termYears.strip());
    } catch (NumberFormatException e) {
      form.add("termYears", messages.getMessage("form.termYears", null, locale));
    }
    CommitteeRole chosen = r;
    int term = years;
    // a version field edited by hand (negative) is the form's violation at "version", not a server error
    Request<VolunteerCommand> request = form.ok() ? form.check("version", () -> Request.<VolunteerCommand>of(
        new VolunteerCommand.Appoint(c, chosen, term), SecurityConfig.actor(auth)).withExpectedVersion(version)) : null;
    if (request != null && form.accepted(commands.issue(volunteering, id, request))) {
      return "redirect:/appointments";
    }
    return listPage(model, form, id);
  }
}
