package org.irrt.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A member through JSON and through validation, against a plain record, Hibernate Validator and hand-written checks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MemberBenchmarks {
  Member member;
  String memberJson;
  Fixtures.MemberRecord record;
  String recordJson;
  Fixtures.MemberBean bean;
  Validator hibernate;
  PersonName name;
  Affiliation affiliation;
  EmailAddress email;
  PhoneNumber phone;
  CountryCode country;

  @Setup
  public void setUp() throws Exception {
    member = Fixtures.member(1);
    memberJson = Fixtures.IRRT.writeValueAsString(member);
    record = Fixtures.record(1);
    recordJson = Fixtures.PLAIN.writeValueAsString(record);
    bean = new Fixtures.MemberBean(record);
    hibernate = Validation.buildDefaultValidatorFactory().getValidator();
    name = member.name();
    affiliation = member.affiliation().orElseThrow();
    email = member.email();
    phone = member.phone().orElseThrow();
    country = member.country();
  }

  /** Ours: write and read back a member, validated on read. */
  @Benchmark
  public Member jsonRoundTripMember() throws Exception {
    return Fixtures.IRRT.readValue(Fixtures.IRRT.writeValueAsString(member), Member.class);
  }

  /** Baseline: the plain record of the same shape through a plain mapper. */
  @Benchmark
  public Fixtures.MemberRecord jsonRoundTripRecord() throws Exception {
    return Fixtures.PLAIN.readValue(Fixtures.PLAIN.writeValueAsString(record), Fixtures.MemberRecord.class);
  }

  /** Ours on Jackson 3: write and read back a member, validated on read. */
  @Benchmark
  public Member jsonRoundTripMemberJackson3() {
    return Fixtures.IRRT3.readValue(Fixtures.IRRT3.writeValueAsString(member), Member.class);
  }

  /** Baseline on Jackson 3: the plain record through a plain Jackson 3 mapper. */
  @Benchmark
  public Fixtures.MemberRecord jsonRoundTripRecordJackson3() {
    return Fixtures.PLAIN3.readValue(Fixtures.PLAIN3.writeValueAsString(record), Fixtures.MemberRecord.class);
  }

  /** Ours: a validated build of a member from its parts. */
  @Benchmark
  public Member buildMember() {
    return Member.builder().id(MemberId.of("m-1")).name(name).email(email).phone(phone).country(country)
        .preferredLanguage("es-CO").affiliation(affiliation).category(MemberCategory.INTERNATIONAL)
        .consent(Consent.none()).build();
  }

  /** Baseline: Hibernate Validator's validate() on a plain bean with the same constraints. */
  @Benchmark
  public Set<?> hibernateValidateBean() {
    return hibernate.validate(bean);
  }

  /** Baseline: the same rules checked by hand. */
  @Benchmark
  public List<String> handWrittenChecks() {
    return Fixtures.handChecks(record);
  }
}
