package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.store.jdbc.JdbcRegisters.CampaignPledges;
import org.irrt.store.jdbc.JdbcRegisters.Key;
import org.irrt.store.jdbc.JdbcRegisters.Snapshot;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.ConcurrencyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The registers in the database ({@link JdbcRegisters}), on H2 in memory, H2 in a file and
 * PostgreSQL: what is saved loads equal, a save based on an older version is refused with nothing
 * written, and saving a register writes only the entries that changed.
 */
class JdbcRegistersTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneId.of("UTC"));
  static final MembershipType INTL = MembershipType.builder().id(MembershipTypeId.of("intl")).name("International")
      .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
      .periodType(PeriodType.ROLLING).build();
  static final String[][] NAMES = {{"Ana María", "García Márquez"}, {"美玲", "王"}, {"Алексей", "Смирнов"},
      {"فاطمة", "الزهراء"}, {"Ngozi", "Okonkwo"}};

  static JdbcRegisters registers(HikariDataSource pool, Databases db) {
    return JdbcRegisters.of(pool, db.dialect(), CLOCK, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read);
  }

  static Member member(int n) {
    String[] name = NAMES[n % NAMES.length];
    return Member.builder().id(MemberId.of("m-" + n)).name(PersonName.of(name[0], name[1] + " " + n))
        .email(EmailAddress.of("member" + n + "@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
        .category(MemberCategory.INTERNATIONAL).build();
  }

  static MembershipRegister register(int members) {
    var b = MembershipRegister.builder().addTypes(INTL);
    for (int n = 1; n <= members; n++) {
      b.addMembers(member(n));
      b.addMemberships(Membership.join(MembershipId.of("ms-" + n), MemberId.of("m-" + n), INTL,
          LocalDate.of(2026, 1, 1).plusDays(n % 365)));
    }
    return b.build();
  }

  static String count(HikariDataSource pool, String where) throws SQLException {
    return SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_entries WHERE " + where);
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aRegisterSavedWholeLoadsEqualEveryEntryAtVersionOne(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      Snapshot<MembershipRegister> empty = registers.loadRegister();
      assertThat(empty.value()).isEqualTo(MembershipRegister.builder().build());

      MembershipRegister register = register(5);
      Snapshot<MembershipRegister> saved = registers.saveRegister(empty, register);
      assertThat(saved.version(EntryKind.MEMBER.key(MemberId.of("m-3")))).isEqualTo(1);

      Snapshot<MembershipRegister> loaded = registers.loadRegister();
      assertThat(loaded.value()).isEqualTo(register);
      assertThat(loaded.versions()).hasSize(11).isEqualTo(saved.versions());
      assertThat(registers.load(EntryKind.MEMBER, MemberId.of("m-2")).orElseThrow())
          .isEqualTo(new JdbcRegisters.Versioned<>(member(2), 1));
      assertThat(registers.load(EntryKind.MEMBER, MemberId.of("m-9"))).isEmpty();
      assertThat(count(pool, "kind = 'member'")).isEqualTo("5");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void savingOneMemberWritesItsRowAloneAndRaisesItsVersion(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      registers.saveRegister(registers.loadRegister(), register(50));

      var ana = registers.load(EntryKind.MEMBER, MemberId.of("m-7")).orElseThrow();
      Member moved = ana.value().withPreferredLanguage("fr");
      assertThat(registers.save(EntryKind.MEMBER, moved, ana.version())).isEqualTo(2);
      assertThat(registers.save(EntryKind.MEMBER, moved.withPreferredLanguage("de"), 2)).isEqualTo(3);

      assertThat(count(pool, "version > 1")).isEqualTo("1");
      assertThat(registers.loadRegister().value().member(MemberId.of("m-7")).orElseThrow().preferredLanguage())
          .isEqualTo("de");
      assertThat(registers.loadRegister().value().members()).extracting(m -> m.id().value())
          .as("the order of the first save is kept").startsWith("m-1", "m-2", "m-3");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aStaleSaveIsRefusedAndWritesNothing(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      registers.saveRegister(registers.loadRegister(), register(3));
      Snapshot<MembershipRegister> seenByA = registers.loadRegister();
      Snapshot<MembershipRegister> seenByB = registers.loadRegister();

      // Host A changes m-2 first.
      registers.saveRegister(seenByA, seenByA.value().withMembers(member(1), member(2).withPreferredLanguage("fr"),
          member(3)));
      // Host B, on its older page, adds a member and changes m-2 too: refused, and its new member is not written.
      MembershipRegister byB = MembershipRegister.builder().from(seenByB.value())
          .members(List.of(member(1), member(2).withPreferredLanguage("de"), member(3), member(4))).build();
      assertThatThrownBy(() -> registers.saveRegister(seenByB, byB))
          .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
            assertThat(e.instanceId()).isEqualTo("member:m-2");
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
      assertThat(count(pool, "kind = 'member'")).isEqualTo("3");
      assertThat(registers.loadRegister().value().member(MemberId.of("m-2")).orElseThrow().preferredLanguage())
          .isEqualTo("fr");

      // One entry: a stale version, and a new entry that exists already.
      assertThatThrownBy(() -> registers.save(EntryKind.MEMBER, member(2), 1))
          .isInstanceOfSatisfying(ConcurrencyException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
      assertThatThrownBy(() -> registers.save(EntryKind.MEMBER, member(3), 0))
          .isInstanceOfSatisfying(ConcurrencyException.class, e -> assertThat(e.getMessage())
              .isEqualTo("instance member:m-3 is at version 1, not 0"));
      // A removal based on an older version is refused too.
      assertThatThrownBy(() -> registers.saveRegister(seenByB, MembershipRegister.builder().from(seenByB.value())
          .members(List.of(member(1), member(3))).memberships(List.of(seenByB.value().memberships().get(0),
              seenByB.value().memberships().get(2))).build()))
          .isInstanceOf(ConcurrencyException.class);
      assertThat(count(pool, "kind IN ('member', 'membership')")).isEqualTo("6");
      assertThat(registers.loadRegister().value().member(MemberId.of("m-2")).orElseThrow().preferredLanguage())
          .isEqualTo("fr");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void erasingAMemberThroughTheRegisterLeavesNoneOfTheirDataInAnyRow(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      registers.saveRegister(registers.loadRegister(), register(3));
      Snapshot<MembershipRegister> before = registers.loadRegister();
      Member ana = before.value().member(MemberId.of("m-1")).orElseThrow();
      var erasure = MemberPrivacy.erase(ana, MemberPrivacy.newPseudonym(), CLOCK.instant());

      registers.saveRegister(before, erasure.applyTo(before.value()));

      assertThat(SchemaTest.query(pool, "SELECT COUNT(*) FROM irrt_entries WHERE CAST(payload AS VARCHAR(100000)) LIKE "
          + "'%member1@example.org%' OR CAST(payload AS VARCHAR(100000)) LIKE '%García Márquez 1%' OR id = 'm-1'"))
          .isEqualTo("0");
      MembershipRegister after = registers.loadRegister().value();
      MembershipRegister erased = erasure.applyTo(before.value());
      assertThat(after.members()).as("the pseudonymised entry is new, so it loads last")
          .containsExactly(member(2), member(3), erased.members().get(0));
      assertThat(after.memberships()).isEqualTo(erased.memberships());
      assertThat(count(pool, "version > 1")).as("m-1's membership re-keyed; others untouched").isEqualTo("1");
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aCampaignAndItsPledgesRoundTripAndAPaymentRewritesOnePledge(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      CampaignPledges campaign = new CampaignPledges(Pledges.CAMPAIGN,
          List.of(Pledges.pledge("pl-1"), Pledges.pledge("pl-2"), Pledges.pledge("pl-3")));
      registers.saveCampaign(campaign);
      assertThatThrownBy(() -> registers.saveCampaign(campaign)).isInstanceOf(ConcurrencyException.class);

      var loaded = registers.loadCampaign(CampaignId.of("sixty-for-sixty")).orElseThrow();
      assertThat(loaded.value()).isEqualTo(campaign);
      assertThat(registers.loadCampaign(CampaignId.of("other"))).isEmpty();

      var paid = Pledges.pledge("pl-2").pay(PledgePayment.of("pay-1", Money.of("83333.33", "EUR"), LocalDate.of(2026, 1, 10)));
      var changed = new CampaignPledges(Pledges.CAMPAIGN, List.of(Pledges.pledge("pl-1"), paid, Pledges.pledge("pl-3")));
      Snapshot<CampaignPledges> saved = registers.saveCampaign(loaded, changed);
      assertThat(saved.version(EntryKind.PLEDGE.key(PledgeId.of("pl-2")))).isEqualTo(2);
      assertThat(saved.version(EntryKind.PLEDGE.key(PledgeId.of("pl-1")))).isEqualTo(1);
      assertThat(count(pool, "version > 1")).isEqualTo("1");
      assertThat(registers.loadCampaign(CampaignId.of("sixty-for-sixty")).orElseThrow().value()).isEqualTo(changed);
      assertThat(registers.loadAll(EntryKind.PLEDGE)).hasSize(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theRoundTableRoundTrips(Databases db) {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      RoundTable irrt = org.irrt.data.IrrtData.irrt(org.irrt.jackson3.IrrtJson::read);
      assertThat(registers.save(EntryKind.ROUND_TABLE, irrt, 0)).isEqualTo(1);
      assertThat(registers.load(EntryKind.ROUND_TABLE, irrt.id()).orElseThrow().value()).isEqualTo(irrt);
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void inTheHostsTransactionASaveCommitsAndRollsBackWithIt(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      JdbcRegisters own = registers(pool, db);
      try (Connection host = pool.getConnection()) {
        host.setAutoCommit(false);
        JdbcRegisters registers = JdbcRegisters.inHostTransactions(Wrapped.hostTransaction(host), db.dialect(), CLOCK,
            org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read);
        registers.save(EntryKind.MEMBER, member(1), 0);
        assertThat(registers.load(EntryKind.MEMBER, MemberId.of("m-1"))).isPresent();
        host.rollback();
        assertThat(own.load(EntryKind.MEMBER, MemberId.of("m-1"))).isEmpty();
        registers.save(EntryKind.MEMBER, member(1), 0);
        host.commit();
        assertThat(own.load(EntryKind.MEMBER, MemberId.of("m-1")).orElseThrow().value()).isEqualTo(member(1));
        host.setAutoCommit(true);
        assertThatThrownBy(() -> registers.save(EntryKind.MEMBER, member(2), 0))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("auto-commit");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aRegisterOfFiveThousandEntriesLoadsAndOneMemberSavesAlone(Databases db) throws SQLException {
    try (HikariDataSource pool = Databases.pool(db.create(), 2)) {
      JdbcRegisters registers = registers(pool, db);
      MembershipRegister register = register(2_500); // 1 type, 2,500 members, 2,500 memberships
      long t0 = System.nanoTime();
      registers.saveRegister(registers.loadRegister(), register);
      long t1 = System.nanoTime();
      List<Long> loads = new ArrayList<>();
      Snapshot<MembershipRegister> loaded = null;
      for (int i = 0; i < 3; i++) {
        long s = System.nanoTime();
        loaded = registers.loadRegister();
        loads.add((System.nanoTime() - s) / 1_000_000);
      }
      long t2 = System.nanoTime();
      Member m = loaded.value().member(MemberId.of("m-1234")).orElseThrow();
      registers.saveRegister(loaded, MembershipRegister.builder().from(loaded.value())
          .members(loaded.value().members().stream().map(x -> x == m ? m.withPreferredLanguage("fr") : x).toList()).build());
      long t3 = System.nanoTime();
      System.out.printf("%s: register of %,d entries saved whole in %d ms, loaded in %s ms, one member changed in it saved in %d ms%n",
          db, loaded.versions().size(), (t1 - t0) / 1_000_000, loads, (t3 - t2) / 1_000_000);
      assertThat(loaded.value()).isEqualTo(register);
      assertThat(loaded.versions()).hasSize(5_001);
      assertThat(count(pool, "version > 1")).isEqualTo("1");
    }
  }
}
