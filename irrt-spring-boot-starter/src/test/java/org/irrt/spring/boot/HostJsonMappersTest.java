package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.irrt.workflow.membership.ApplicationCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hosts whose JSON mappers have settings of their own, found by the adversary's pass: with {@code
 * spring.jackson.property-naming-strategy=SNAKE_CASE}, a workflow's command took the host's naming
 * for its own parts ({@code client_token}) and kept irrt's inside its values ({@code
 * applicant.name.givenNames}), so one document mixed two namings and was not irrt's text; the
 * Jackson 2 module did the same. Now irrt's records keep their names, as its values did.
 */
class HostJsonMappersTest {
  private static final String CREATE = "{\"applicant\":{\"id\":\"m-1\",\"name\":{\"givenNames\":\"Kwame\","
      + "\"familyName\":\"Mensah\"},\"email\":\"kwame@example.org\",\"country\":\"GH\",\"preferredLanguage\":\"en\","
      + "\"category\":\"INTERNATIONAL\"},\"type\":\"regular\",\"clientToken\":\"form-1\"}";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class, JacksonAutoConfiguration.class));

  /** A host's controller. */
  @RestController
  static class Applications {
    @PostMapping("/applications")
    String create(@RequestBody ApplicationCommand.Create create) {
      return create.clientToken();
    }
  }

  private static MvcResult send(JsonMapper mapper, String body, String language) throws Exception {
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new Applications()).setControllerAdvice(new IrrtProblemDetails())
        .setMessageConverters(new JacksonJsonHttpMessageConverter(mapper)).build();
    return mvc.perform(post("/applications").contentType(MediaType.APPLICATION_JSON).content(body)
        .header("Accept-Language", language)).andReturn();
  }

  @Test
  void aHostsSnakeCaseLeavesIrrtsCommandsWithIrrtsNamesReadAndWritten() {
    // the text of a mapper with the host's other settings (nulls written) and no naming strategy
    String irrts = JsonMapper.builder().addModule(new org.irrt.jackson3.IrrtModule()).build()
        .writeValueAsString(org.irrt.jackson3.IrrtJson.read(CREATE, ApplicationCommand.Create.class));
    runner.withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE").run(context -> {
      JsonMapper host = context.getBean(JsonMapper.class);
      ApplicationCommand.Create create = host.readValue(CREATE, ApplicationCommand.Create.class);
      assertThat(create.clientToken()).isEqualTo("form-1");
      assertThat(host.writeValueAsString(create)).isEqualTo(irrts).contains("\"clientToken\":\"form-1\"");
      assertThat(host.writeValueAsString(new HostType("x"))).as("the host's own types keep its naming")
          .isEqualTo("{\"host_name\":\"x\"}");
      assertThat(send(host, CREATE, "en").getResponse().getContentAsString()).isEqualTo("\"form-1\"");
    });
    com.fasterxml.jackson.databind.ObjectMapper jackson2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new org.irrt.jackson2.IrrtModule())
        .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();
    try {
      ApplicationCommand.Create create = jackson2.readValue(CREATE, ApplicationCommand.Create.class);
      assertThat(jackson2.writeValueAsString(create)).isEqualTo(com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new org.irrt.jackson2.IrrtModule()).build().writeValueAsString(create))
          .contains("\"clientToken\":\"form-1\"", "\"givenNames\":\"Kwame\"");
      assertThat(jackson2.writeValueAsString(new HostType("x"))).isEqualTo("{\"host_name\":\"x\"}");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** A host's own type. */
  record HostType(String hostName) {}

  @Test
  void aBodyWithSeveralMistakesThroughBootsOwnMapperIsOneProblemWithEveryPathInTheRequestsLanguage() {
    String body = CREATE.replace("\"m-1\"", "\"M 1\"").replace("\"Kwame\"", "\" \"").replace("\"GH\"", "5")
        .replace("\"regular\"", "\"NOT A TYPE\"").replace("\"category\"", "\"extra\":1,\"category\"");
    runner.withPropertyValues("spring.jackson.deserialization.fail-on-unknown-properties=true").run(context -> {
      MvcResult r = send(context.getBean(JsonMapper.class), body, "de");
      assertThat(r.getResponse().getStatus()).isEqualTo(400);
      String json = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
      assertThat(json).contains("{\"path\":\"applicant.id\",\"code\":\"org.irrt.model.Id.invalid\"",
          "{\"path\":\"applicant.name.givenNames\",\"code\":\"org.irrt.model.ValidText.blank\",\"message\":\"darf "
          + "nicht leer sein\"}", "{\"path\":\"applicant.country\",\"code\":\"org.irrt.model.json.type\"",
          "{\"path\":\"applicant.extra\",\"code\":\"org.irrt.model.json.unknownProperty\",\"message\":\"ist keine "
          + "bekannte Eigenschaft\"}", "{\"path\":\"type\",\"code\":\"org.irrt.model.Id.invalid\"")
          .doesNotContain("M 1", "NOT A TYPE", "Exception");
    });
  }
}
