package org.irrt.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.time.YearMonth;
import org.irrt.model.link.Link;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.LinkCategory;
import org.irrt.model.link.LinkId;
import org.junit.jupiter.api.Test;

/** What only a Jackson 2 host sees: its mapper's settings, its service loading, the ready mapper's settings. */
class Jackson2ModuleTest {

  @Test
  void theReadyMapperReadsDecimalsExactlyAndHasNoDefaultTyping() throws Exception {
    var mapper = IrrtJson.newMapper();
    assertThat(mapper.readTree("1.10")).isInstanceOf(DecimalNode.class);
    assertThat(mapper.readTree("1.10").decimalValue()).hasToString("1.10");
    assertThat(mapper.getDeserializationConfig()
        .getDefaultTyper(TypeFactory.defaultInstance().constructType(Object.class))).isNull();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
  }

  @Test
  void theModuleIsFoundThroughServiceLoaderAndChangesNoHostSetting() throws Exception {
    assertThat(ObjectMapper.findModules()).extracting(Module::getModuleName).contains("irrt");
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper host = new ObjectMapper().registerModule(new IrrtModule());
    assertThat(host.getDeserializationConfig().getDeserializationFeatures())
        .isEqualTo(plain.getDeserializationConfig().getDeserializationFeatures());
    assertThat(host.getSerializationConfig().getSerializationFeatures())
        .isEqualTo(plain.getSerializationConfig().getSerializationFeatures());
    assertThat(host.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    // The host's own types: a host that tolerates unknown properties still does.
    host.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    assertThat(host.readValue("{\"name\": \"n\", \"other\": 1}", HostType.class).name).isEqualTo("n");
    // Library values still write ISO-8601 months although the host writes dates as timestamps.
    Link featured = Link.builder().id(LinkId.of("a")).title("Link a").url(WebUrl.of("https://example.org/a"))
        .category(LinkCategory.PAGE).featuredMonth(YearMonth.of(2016, 5)).build();
    assertThat(host.writeValueAsString(featured)).contains("\"featuredMonth\":\"2016-05\"");
    assertThat(host.readValue(host.writeValueAsString(featured), Link.class)).isEqualTo(featured);
  }

  /**
   * Fault: a host whose mapper registers the module twice (IGNORE_DUPLICATE_MODULE_REGISTRATIONS
   * off, or two {@code registerModule} calls with it off) had every property of every library value
   * refused as "given more than once", valid documents too. Found by an adversary's pass.
   */
  @Test
  void aModuleRegisteredTwiceReadsAsOnce() throws Exception {
    ObjectMapper twice = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .disable(com.fasterxml.jackson.databind.MapperFeature.IGNORE_DUPLICATE_MODULE_REGISTRATIONS)
        .addModule(new IrrtModule()).addModule(new IrrtModule()).build();
    String link = "{\"id\": \"a\", \"title\": \"Link a\", \"url\": \"https://example.org/a\", \"category\": \"PAGE\"}";
    assertThat(twice.readValue(link, Link.class).id()).isEqualTo(LinkId.of("a"));
    Throwable bad = org.assertj.core.api.Assertions.catchThrowable(() -> twice.readValue(link.replace("\"a\"", "\"A A\"")
        .replace("\"PAGE\"", "\"PAGE\", \"title\": \"again\""), Link.class));
    assertThat(bad).isInstanceOfSatisfying(org.irrt.model.common.InvalidValueException.class, e -> assertThat(e.violations())
        .extracting(v -> v.path() + " " + v.code()).containsExactly("id org.irrt.model.Id.invalid", "title org.irrt.model.json.duplicate"));
  }

  /** A host's own type. */
  static final class HostType {
    public String name;
  }

  /** Written to a stream, a value is the same text as {@code write(value)}, and the stream stays open (standard output). */
  @Test
  void aValueWrittenToAStreamIsTheSameTextAndTheStreamStaysOpen() {
    Link link = Link.builder().id(LinkId.of("ifla")).title("IFLA").url(WebUrl.of("https://www.ifla.org/"))
        .category(LinkCategory.PAGE).build();
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    IrrtJson.write(link, out);
    IrrtJson.write(link, out);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(IrrtJson.write(link) + IrrtJson.write(link));
    assertThat(closed[0]).isFalse();
  }
}
