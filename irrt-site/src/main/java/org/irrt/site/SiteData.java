package org.irrt.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.jackson3.IrrtJson;
import org.irrt.model.common.Money;
import org.irrt.model.freelinks.FreeLinksCatalogue;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignProgress;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.pledge.PledgeCase;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the public pages read: the round table of the organisation (the bundled IRRT data), the Free
 * Links catalogue (a synthetic sample, as in irrt-examples) and the campaign's progress from the
 * pledges in the store, drawn as SVG on the server.
 */
@Component
public class SiteData {
  /**
   * The language the round table's data is written in: English for the bundled IRRT data (irrt-data,
   * from the IRRT's English pages); posts carry their own language.
   */
  public static final String DATA_LANGUAGE = "en";

  private final Organisation organisation;
  private final FreeLinksCatalogue catalogue;
  private final WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges;
  private final IrrtStores stores;
  private final Clock clock;

  SiteData(Organisation organisation, WorkflowEngine<PledgeCase, PledgeCommand, PledgeEvent> pledges,
      IrrtStores stores, Clock clock) {
    this.organisation = organisation;
    this.pledges = pledges;
    this.stores = stores;
    this.clock = clock;
    try (InputStream in = SiteData.class.getResourceAsStream("/site/freelinks.json")) {
      this.catalogue = IrrtJson.read(in, FreeLinksCatalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The round table.
   *
   * @return it
   */
  public RoundTable roundTable() {
    return organisation.roundTable().orElseThrow();
  }

  /**
   * The Free Links catalogue.
   *
   * @return it
   */
  public FreeLinksCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The campaign (the first the organisation runs).
   *
   * @return it
   */
  public Campaign campaign() {
    return organisation.campaigns().get(0);
  }

  /**
   * The pledges recorded, in the store.
   *
   * @return them
   */
  public List<Pledge> pledges() {
    List<Pledge> all = new ArrayList<>();
    for (String id : stores.pledges().instanceIds()) {
      pledges.load(id).pledge().ifPresent(all::add);
    }
    return all;
  }

  /**
   * The campaign's progress now, in the organisation's zone.
   *
   * @return it
   */
  public CampaignProgress progress() {
    return CampaignProgress.of(campaign(), pledges(), clock.instant(), organisation.zone());
  }

  /**
   * Progress toward the goal as an SVG bar chart: received and pledged in the goal's currency against
   * the goal, with a title and text a screen reader reads, in the visitor's language (the site's
   * messages {@code chart.*}, the amounts by {@link StateWords#money}); in a right-to-left language
   * the bars grow from the right and the labels start there.
   *
   * @param p the progress
   * @param words the amounts as the visitor's language writes them
   * @param messages the site's messages
   * @param locale the visitor's locale
   * @return the SVG element's markup (numbers and escaped text only)
   */
  public static String chart(CampaignProgress p, StateWords words, MessageSource messages, Locale locale) {
    Money goal = p.campaign().goal();
    String code = goal.currency().getCurrencyCode();
    Money zero = Money.zero(goal.currency());
    String pledged = words.money(p.pledged().getOrDefault(code, zero));
    String received = words.money(p.received().getOrDefault(code, zero));
    String target = words.money(goal);
    int width = 600;
    int pledgedWidth = share(p.pledged().getOrDefault(code, zero).amount(), goal.amount(), width);
    int receivedWidth = share(p.received().getOrDefault(code, zero).amount(), goal.amount(), width);
    boolean rtl = com.ibm.icu.util.ULocale.forLocale(locale).isRightToLeft();
    int start = rtl ? width + 10 : 10;
    int end = rtl ? 10 : width + 10;
    String text = messages.getMessage("chart.title", new Object[] {received, pledged, target}, locale);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"campaign-chart\" role=\"img\" aria-labelledby=\"chart-title\" "
        + "direction=\"" + (rtl ? "rtl" : "ltr") + "\" "
        + "viewBox=\"0 0 " + (width + 20) + " 110\" width=\"100%\" style=\"max-width:" + (width + 20) + "px\">"
        + "<title id=\"chart-title\">" + escape(text) + "</title>"
        + "<rect x=\"10\" y=\"10\" width=\"" + width + "\" height=\"40\" fill=\"#e6e6e6\" stroke=\"#555\"/>"
        + "<rect class=\"pledged\" x=\"" + (rtl ? 10 + width - pledgedWidth : 10) + "\" y=\"10\" width=\""
        + pledgedWidth + "\" height=\"40\" fill=\"#8fb8de\"/>"
        + "<rect class=\"received\" x=\"" + (rtl ? 10 + width - receivedWidth : 10) + "\" y=\"10\" width=\""
        + receivedWidth + "\" height=\"40\" fill=\"#1f5f99\"/>"
        + "<text x=\"" + start + "\" y=\"75\" font-size=\"14\">"
        + escape(messages.getMessage("chart.received", new Object[] {received}, locale)) + "</text>"
        + "<text x=\"" + start + "\" y=\"95\" font-size=\"14\">"
        + escape(messages.getMessage("chart.pledged", new Object[] {pledged}, locale)) + "</text>"
        + "<text x=\"" + end + "\" y=\"75\" font-size=\"14\" text-anchor=\"end\">"
        + escape(messages.getMessage("chart.goal", new Object[] {target}, locale)) + "</text></svg>";
  }

  private static int share(BigDecimal part, BigDecimal whole, int width) {
    if (whole.signum() <= 0) {
      return 0;
    }
    BigDecimal w = part.multiply(BigDecimal.valueOf(width)).divide(whole, 0, RoundingMode.DOWN);
    // compared before intValue: a pledge far over the goal is a width beyond an int's range, which wrapped
    return w.max(BigDecimal.ZERO).min(BigDecimal.valueOf(width)).intValue();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
