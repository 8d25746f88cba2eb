package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.membership.ApplicationFixtures.applicant;
import static org.irrt.workflow.membership.ApplicationFixtures.member;

import java.util.List;
import java.util.Locale;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.irrt.workflow.Request;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 6: an applicant's draft named a whole membership type, so an applicant could send
 * the admin-only honorary lifetime type with approval switched off and be active with no officer.
 * Now the draft names the type by id; the organisation's configuration decides its gates,
 * visibility and member category.
 */
class AdminOnlyTypeAppliedForTest {
  private final ApplicationFixtures f = new ApplicationFixtures();
  private final Member ana = member("ana", "Ana", "García");

  private List<Refusal> refusedCreate(String type, String token) {
    String id = MembershipApplicationWorkflow.applicationId(token);
    Outcome<MembershipApplication, ApplicationEvent> o = f.engine.issue(id,
        Request.of(new ApplicationCommand.Create(ana, MembershipTypeId.of(type), token), applicant(ana)));
    assertThat(o).isInstanceOf(Outcome.Refused.class);
    assertThat(f.engine.history(id)).isEmpty();
    return ((Outcome.Refused<MembershipApplication, ApplicationEvent>) o).reasons();
  }

  @Test
  void anApplicantCannotApplyForATypeTheAssociationOnlyGrants() {
    assertThat(refusedCreate("honorary-life", "t-1")).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("membershipType");
      assertThat(r.message(Locale.ENGLISH))
          .isEqualTo("the membership type honorary-life is not offered to applicants; the association grants it");
      assertThat(r.message(Locale.FRENCH))
          .isEqualTo("le type d’adhésion honorary-life n’est pas proposé aux candidats\u202F; l’association l’accorde");
    });
  }

  @Test
  void anApplicantCannotApplyForATypeOfAnotherMemberCategory() {
    assertThat(refusedCreate("student", "t-2")).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("the membership type student is for members of the category STUDENT");
  }

  @Test
  void aTypeTheOrganisationDoesNotOfferIsRefusedByName() {
    assertThat(refusedCreate("platinum", "t-3")).extracting(r -> r.message(Locale.forLanguageTag("es")))
        .containsExactly("no existe el tipo de membresía platinum");
  }

  /** A form asks before it has an applicant (the site names a wrong type with the form's other mistakes). */
  @Test
  void whetherATypeIsOfferedIsAskedWithoutAnApplicantAndRefusedInTheCreatesWords() {
    assertThat(f.workflow.typeOffered(MembershipTypeId.of("platinum"))).hasValueSatisfying(r -> {
      assertThat(r.rule()).isEqualTo("membershipType");
      assertThat(r.message(Locale.ENGLISH)).isEqualTo("there is no membership type platinum");
    });
    assertThat(f.workflow.typeOffered(MembershipTypeId.of("honorary-life"))).map(r -> r.message(Locale.ENGLISH))
        .contains("the membership type honorary-life is not offered to applicants; the association grants it");
    assertThat(f.workflow.typeOffered(MembershipTypeId.of("student"))).as("the category is the applicant's: asked at Create")
        .isEmpty();
    assertThat(f.workflow.typeOffered(MembershipTypeId.of("intl"))).isEmpty();
  }

  @Test
  void theGatesAreTheConfiguredOnesWhateverTheApplicantSends() {
    String id = MembershipApplicationWorkflow.applicationId("t-4");
    f.engine.issue(id, Request.of(new ApplicationCommand.Create(ana, MembershipTypeId.of("intl"), "t-4"), applicant(ana)));
    f.engine.issue(id, Request.of(new ApplicationCommand.Submit(), applicant(ana)));
    MembershipApplication submitted = f.engine.load(id);
    assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED); // approval required: an officer decides
    assertThat(submitted.type().orElseThrow().approvalRequired()).isTrue();
    assertThat(submitted.type().orElseThrow()).isEqualTo(ApplicationFixtures.ORGANISATION
        .membershipType(MembershipTypeId.of("intl")).orElseThrow());
  }

  @Test
  void anAmendmentCannotMoveTheApplicantIntoAnotherCategoryNorChangeWhoApplies() {
    String id = MembershipApplicationWorkflow.applicationId("t-5");
    f.engine.issue(id, Request.of(new ApplicationCommand.Create(ana, MembershipTypeId.of("intl"), "t-5"), applicant(ana)));
    Member student = ana.withCategory(org.irrt.model.member.MemberCategory.STUDENT);
    var refused = (Outcome.Refused<MembershipApplication, ApplicationEvent>) f.engine.issue(id,
        Request.of(new ApplicationCommand.Amend(student, 1), applicant(ana)));
    assertThat(refused.reasons()).extracting(Refusal::rule).containsExactly("membershipType");
    Member bo = member("bo", "Bo", "Lin");
    var other = (Outcome.Refused<MembershipApplication, ApplicationEvent>) f.engine.issue(id,
        Request.of(new ApplicationCommand.Amend(bo, 1), applicant(ana)));
    assertThat(other.reasons()).extracting(Refusal::rule).containsExactly("samePerson");
    assertThat(f.engine.history(id)).hasSize(1);
  }
}
