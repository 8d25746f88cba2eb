package org.irrt.site;

import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.contribution.BlogPost;
import org.irrt.workflow.contribution.ContributionWorkflow;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The time-driven rules, run every {@code site.sweep-interval}: scheduled posts whose time has come
 * are published (stamped with their scheduled instant, however late the sweep runs), and
 * applications left waiting for the applicant beyond {@code irrt.applications.expiry} expire.
 */
@Component
class Sweeper {
  private final WorkflowEngine<BlogPost, PostCommand, PostEvent> posts;
  private final WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;

  Sweeper(WorkflowEngine<BlogPost, PostCommand, PostEvent> posts,
      WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications) {
    this.posts = posts;
    this.applications = applications;
  }

  @Scheduled(fixedDelayString = "${site.sweep-interval}", initialDelayString = "${site.sweep-interval}")
  void sweep() {
    posts.sweep(((ContributionWorkflow) posts.workflow()).publishDue());
    applications.sweep(((MembershipApplicationWorkflow) applications.workflow()).expireStale());
  }
}
