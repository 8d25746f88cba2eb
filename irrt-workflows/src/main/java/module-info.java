/** Workflows over the irrt model: membership applications, committee volunteering, blog contributions, pledges. */
module org.irrt.workflow {
  requires transitive org.irrt.model;

  exports org.irrt.workflow;
  exports org.irrt.workflow.committee;
  exports org.irrt.workflow.contribution;
  exports org.irrt.workflow.membership;
  exports org.irrt.workflow.pledge;
}
