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

  /** A host's own type. */
  static final class HostType {
    public String name;
  }
}
