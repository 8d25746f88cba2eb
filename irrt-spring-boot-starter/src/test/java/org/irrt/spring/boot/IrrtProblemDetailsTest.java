package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Role;
import org.irrt.workflow.membership.ApplicationCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring MVC host's answer to a request irrt refused: an RFC 9457 problem naming every violation
 * with its path, in the request's language; other bad bodies are Spring's own answer. Found missing
 * by a host's trial, which had to write this advice itself.
 */
class IrrtProblemDetailsTest {
  private static final String CREATE = "{\"applicant\": {\"id\": \"M 1\", \"name\": {\"givenNames\": \" \", "
      + "\"familyName\": \"Mensah\"}, \"email\": \"not an address\", \"country\": \"GH\", \"preferredLanguage\": \"en\","
      + " \"category\": \"INTERNATIONAL\"}, \"type\": \"NOT A TYPE\", \"clientToken\": \"t\"}";

  /** A host's controller. */
  @RestController
  static class Applications {
    @PostMapping("/applications")
    String create(@RequestBody ApplicationCommand.Create create) {
      return create.clientToken();
    }

    @PostMapping("/groups")
    String group(@RequestBody org.irrt.model.link.LinkGroup group) {
      return group.id().value();
    }

    @PostMapping("/keyed")
    String keyed(@RequestParam String key) {
      org.irrt.workflow.Request.of(new ApplicationCommand.Submit(), Actor.of("ana", Role.APPLICANT))
          .withIdempotencyKey(key);
      return "ok";
    }

    @PostMapping("/approve")
    ProblemDetail approve(Locale locale) {
      return IrrtProblemDetails.refused(new Outcome.Refused<>("instance", java.util.List.of(new org.irrt.workflow.Refusal(
          "state", "org.irrt.workflow.stateNothing", org.irrt.workflow.Refusal.Word.command(ApplicationCommand.Approve.class),
          org.irrt.workflow.Refusal.Word.state("membership-application",
              org.irrt.workflow.membership.ApplicationState.WITHDRAWN)))), locale);
    }
  }

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Applications())
      .setControllerAdvice(new IrrtProblemDetails())
      .setMessageConverters(new JacksonJsonHttpMessageConverter( // Spring adds its ProblemDetail mix-in, as Boot does
          tools.jackson.databind.json.JsonMapper.builder().findAndAddModules()))
      .build();

  private MvcResult send(String path, String body, String language) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
        .header("Accept-Language", language)).andReturn();
  }

  @Test
  void aBodyIrrtRefusedIsAProblemNamingEveryViolationInTheRequestsLanguage() throws Exception {
    MvcResult r = send("/applications", CREATE, "fr");
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(r.getResponse().getContentType()).isEqualTo("application/problem+json");
    String json = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("\"status\":400", "\"path\":\"applicant.email\"", "\"path\":\"applicant.id\"",
        "\"path\":\"applicant.name.givenNames\"", "\"path\":\"type\"", "\"code\":\"org.irrt.model.Id.invalid\"")
        .doesNotContain("not an address", "NOT A TYPE", "Exception", "\"properties\"");
    String french = ((org.irrt.model.common.InvalidValueException) org.assertj.core.api.Assertions.catchThrowable(
        () -> org.irrt.model.common.EmailAddress.of("not an address"))).violations().get(0).message(Locale.FRENCH);
    assertThat(json).contains("\"message\":\"" + french + "\"");
    assertThat(send("/applications", CREATE.replace("\"t\"}", "\"ok\"}").replace("M 1", "m-1")
        .replace("\" \"", "\"Kwame\"").replace("not an address", "kwame@example.org").replace("NOT A TYPE", "regular"),
        "en").getResponse().getContentAsString()).isEqualTo("\"ok\"");
  }

  @Test
  void aRepeatedIdNamesTheEarlierEntryInItsRelatedPathsAndOtherViolationsHaveNone() throws Exception {
    String link = "{\"id\": \"%s\", \"title\": \"Free Links Program\", \"url\": \"https://www.ala.org/rt/irrt/emergingleaders2008\","
        + " \"category\": \"PROGRAM\", \"language\": \"en\"}";
    String group = "{\"id\": \"initiatives\", \"title\": \"Initiatives\", \"kind\": \"INITIATIVES\", \"links\": ["
        + String.join(", ", link.formatted("free-links"), link.formatted("blog"), link.formatted("free-links")) + "]}";
    String json = send("/groups", group, "de").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("{\"path\":\"links[2].id\",\"code\":\"org.irrt.model.duplicateId\","
        + "\"message\":\"wiederholt die ID von links[0]\",\"relatedPaths\":[\"links[0]\"]}");
    assertThat(send("/applications", CREATE, "en").getResponse().getContentAsString()).doesNotContain("relatedPaths");
  }

  @Test
  void aBodyThatIsNotJsonAtAllIsLeftToSpring() throws Exception {
    MvcResult r = send("/applications", "this is not JSON", "en");
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(r.getResponse().getContentAsString()).doesNotContain("violations");
    assertThat(r.getResolvedException()).isInstanceOf(
        org.springframework.http.converter.HttpMessageNotReadableException.class);
  }

  @Test
  void aValueAHandlerLetsOutIsAProblemNotAServerError() throws Exception {
    MvcResult r = mvc.perform(post("/keyed").param("key", "k".repeat(1000)).header("Accept-Language", "es"))
        .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"violations\"", "\"code\":\"org.irrt.workflow.keyInvalid\"");
  }

  @Test
  void aRefusedCommandIsAConflictWithItsReasonsInWords() throws Exception {
    MvcResult r = send("/approve", "", "en");
    assertThat(r.getResponse().getStatus()).isEqualTo(409);
    assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"refusals\":[{"
        + "\"rule\":\"state\",\"code\":\"org.irrt.workflow.stateNothing\",\"message\":\"\u201Capprove\u201D is not "
        + "possible while this is withdrawn; there is nothing you may do with it now\"}]");
  }

  @Test
  void theAdviceIsInAServletWebApplicationUnlessSwitchedOff() {
    var web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class));
    web.run(context -> assertThat(context).hasSingleBean(IrrtProblemDetails.class));
    web.withPropertyValues("irrt.web.problem-details=false")
        .run(context -> assertThat(context).doesNotHaveBean(IrrtProblemDetails.class));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(IrrtProblemDetails.class));
  }
}
