package org.irrt.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.irrt.model.link.Link;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.LinkCategory;
import org.irrt.model.link.LinkId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.DecimalNode;

/**
 * What only a Jackson 3 host sees: its mapper's settings (Spring Boot 4's {@code findAndAddModules()}
 * and alphabetical properties), its service loading, the ready mapper's settings.
 */
class Jackson3ModuleTest {

  @Test
  void theReadyMapperReadsDecimalsExactly() {
    JsonMapper mapper = IrrtJson.newMapper();
    assertThat(mapper.readTree("1.10")).isInstanceOf(DecimalNode.class);
    assertThat(mapper.readTree("1.10").decimalValue()).hasToString("1.10");
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
  }

  @Test
  void theModuleIsFoundThroughServiceLoaderAndChangesNoHostSetting() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).extracting(m -> m.getModuleName()).contains("irrt");
    JsonMapper plain = JsonMapper.builder().build();
    JsonMapper host = JsonMapper.builder().addModule(new IrrtModule())
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    assertThat(host.deserializationConfig().getDeserializationFeatures())
        .isEqualTo(plain.deserializationConfig().getDeserializationFeatures());
    assertThat(host.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY))
        .isEqualTo(plain.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
    // The host's own types keep the host's order; library values are written in declaration order.
    assertThat(host.writeValueAsString(new HostType("n", 1))).isEqualTo(plain.writeValueAsString(new HostType("n", 1)));
    Link featured = Link.builder().id(LinkId.of("a")).title("Link a").url(WebUrl.of("https://example.org/a"))
        .category(LinkCategory.PAGE).featuredMonth(YearMonth.of(2016, 5)).build();
    String text = host.writeValueAsString(featured);
    assertThat(text).startsWith("{\"id\":\"a\",\"title\":").contains("\"featuredMonth\":\"2016-05\"");
    assertThat(host.readValue(text, Link.class)).isEqualTo(featured);
  }

  /** A host's own type. */
  record HostType(String zeta, int alpha) {}

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
