package org.irrt.model.roundtable;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;

/**
 * A round table: a membership unit of a library association, such as the International Relations
 * Round Table (IRRT) of the American Library Association. The root of a round table's reference
 * data: its identity and history, purpose, liaison bodies, newsletter, initiatives, interest groups,
 * committees and the link groups of its page.
 *
 * <p>Lifecycle: a round table is read from JSON ({@code IrrtJson.read} of {@code irrt-jackson2} or {@code irrt-jackson3}) or
 * built with {@link #builder()}; either way it is valid or not made at all. It is immutable: change
 * it with the generated {@code with*} methods, which validate again.
 *
 * <p>Rules (beyond each part's own): at least one purpose statement; ids unique among initiatives,
 * interest groups, committees, link groups, and among all links of all groups and liaison bodies; a subcommittee's
 * parent is one of the committees; former names end no earlier than the establishment year.
 *
 * <p>Facts no source gives are listed in {@link #unknownFacts()} instead of being guessed.
 */
@Value.Immutable
public abstract class RoundTable implements WithRoundTable {
  RoundTable() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableRoundTable.Builder builder() {
    return ImmutableRoundTable.builder();
  }

  /**
   * The id.
   *
   * @return e.g. {@code irrt}
   */
  @NotNull
  public abstract RoundTableId id();

  /**
   * The full name.
   *
   * @return e.g. "International Relations Round Table"
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * The acronym.
   *
   * @return e.g. "IRRT"
   */
  @NotNull
  @ValidText(max = 20)
  public abstract String acronym();

  /**
   * The association the round table belongs to.
   *
   * @return the parent organisation
   */
  @NotNull
  public abstract Organization parentOrganization();

  /**
   * When it was established, to the precision the sources give.
   *
   * @return e.g. {@code 1949-01}
   */
  @NotNull
  public abstract PartialDate established();

  /**
   * The body that established it.
   *
   * @return e.g. "ALA Council", when known
   */
  public abstract Optional<@ValidText String> establishedBy();

  /**
   * Earlier names with the years they were used, oldest first.
   *
   * @return the former names
   */
  public abstract List<@NotNull FormerName> formerNames();

  /**
   * Dated facts of its history, oldest first.
   *
   * @return the history
   */
  public abstract List<@NotNull HistoryEvent> history();

  /**
   * The purpose statements, in the order the round table gives them.
   *
   * @return one or more statements
   */
  @NotEmpty
  public abstract List<@NotNull @ValidText(max = 2000, multiline = true) String> purposes();

  /**
   * Bodies the round table serves as liaison to.
   *
   * @return the liaison bodies
   */
  public abstract List<@NotNull LiaisonBody> liaisonBodies();

  /**
   * The newsletter, when it has one.
   *
   * @return the newsletter
   */
  public abstract Optional<Publication> newsletter();

  /**
   * Initiatives and projects.
   *
   * @return the initiatives, in page order
   */
  public abstract List<@NotNull Initiative> initiatives();

  /**
   * Interest groups.
   *
   * @return the interest groups
   */
  public abstract List<@NotNull InterestGroup> interestGroups();

  /**
   * Committees.
   *
   * @return the committees
   */
  public abstract List<@NotNull Committee> committees();

  /**
   * The link groups of the round table's page, in page order.
   *
   * @return the groups
   */
  public abstract List<@NotNull LinkGroup> linkGroups();

  /**
   * Facts a reader might expect that no source gives, each stated plainly (for example "Dues
   * amounts: no public source gives them").
   *
   * @return the unknown facts
   */
  public abstract List<@NotNull @ValidText(max = 1000) String> unknownFacts();

  /**
   * The sources the data comes from.
   *
   * @return citations
   */
  public abstract List<@NotNull @ValidText(max = 1000) String> sources();

  /**
   * A committee by id.
   *
   * @param id the id
   * @return the committee, if it exists
   */
  public final Optional<Committee> committee(CommitteeId id) {
    Objects.requireNonNull(id, "id");
    return committees().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * An initiative by id.
   *
   * @param id the id
   * @return the initiative, if it exists
   */
  public final Optional<Initiative> initiative(InitiativeId id) {
    Objects.requireNonNull(id, "id");
    return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The initiatives of a kind.
   *
   * @param kind the kind
   * @return those initiatives, in order
   */
  public final List<Initiative> initiatives(InitiativeKind kind) {
    Objects.requireNonNull(kind, "kind");
    return initiatives().stream().filter(i -> i.kind() == kind).toList();
  }

  /**
   * Every link of every group, in page order.
   *
   * @return the links
   */
  public final List<Link> allLinks() {
    return linkGroups().stream().flatMap(g -> g.links().stream()).toList();
  }

  @Value.Check
  RoundTable normalize() {
    if (!Text.allNfc(name(), acronym(), establishedBy(), purposes(), unknownFacts(), sources())) {
      return builder().from(this).name(Text.nfc(name())).acronym(Text.nfc(acronym()))
          .establishedBy(Text.nfc(establishedBy())).purposes(Text.nfc(purposes()))
          .unknownFacts(Text.nfc(unknownFacts())).sources(Text.nfc(sources())).build();
    }
    return Validators.check(this, RoundTable::rules);
  }

  private static void rules(RoundTable rt, Rules rules) {
    unique(rules, "initiatives", rt.initiatives(), Initiative::id);
    unique(rules, "interestGroups", rt.interestGroups(), InterestGroup::id);
    unique(rules, "committees", rt.committees(), Committee::id);
    unique(rules, "linkGroups", rt.linkGroups(), LinkGroup::id);
    Map<Object, String> linkAt = new HashMap<>(); // a link id -> the path of the first link with it
    for (int g = 0; g < rt.linkGroups().size(); g++) {
      if (rt.linkGroups().get(g) == null) {
        continue;
      }
      List<Link> links = rt.linkGroups().get(g).links();
      Set<Object> inGroup = new HashSet<>();
      for (int i = 0; i < links.size(); i++) {
        // An id repeated inside one group is reported by the group itself.
        Object id = links.get(i) == null ? null : links.get(i).id();
        if (id != null && inGroup.add(id)) {
          linkOnce(rules, linkAt, id, "linkGroups[" + g + "].links[" + i + "]");
        }
      }
    }
    for (int b = 0; b < rt.liaisonBodies().size(); b++) {
      LiaisonBody body = rt.liaisonBodies().get(b);
      if (body == null) {
        continue;
      }
      for (int i = 0; i < body.links().size(); i++) {
        Object id = body.links().get(i) == null ? null : body.links().get(i).id();
        if (id != null) {
          linkOnce(rules, linkAt, id, "liaisonBodies[" + b + "].links[" + i + "]");
        }
      }
    }
    Set<CommitteeId> committeeIds = new HashSet<>(); // once: a look-up per committee, not a scan
    for (var c : rt.committees()) {
      if (c != null) {
        committeeIds.add(c.id());
      }
    }
    for (int i = 0; i < rt.committees().size(); i++) {
      if (rt.committees().get(i) == null) {
        continue;
      }
      Optional<CommitteeId> parent = rt.committees().get(i).parentCommittee();
      rules.require(parent.isEmpty() || committeeIds.contains(parent.get()),
          "committees[" + i + "].parentCommittee", "org.irrt.model.RoundTable.unknownCommittee");
    }
    if (rt.established() != null) {
      for (int i = 0; i < rt.formerNames().size(); i++) {
        rules.require(rt.formerNames().get(i) == null
            || rt.formerNames().get(i).untilYear() >= rt.established().year(),
            "formerNames[" + i + "].untilYear", "org.irrt.model.RoundTable.nameBeforeEstablished");
      }
    }
  }

  private static <T> void unique(Rules rules, String path, List<T> items, Function<T, ?> id) {
    rules.unique(path, items, id, "id", "org.irrt.model.duplicateId");
  }

  /** A link id is used once across all groups and liaison bodies; a repeat names the first link with it. */
  private static void linkOnce(Rules rules, Map<Object, String> linkAt, Object id, String at) {
    String earlier = linkAt.putIfAbsent(id, at);
    if (earlier != null) {
      rules.naming(at + ".id", "org.irrt.model.duplicateId", earlier);
    }
  }

}
