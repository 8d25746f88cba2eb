/** Workflows over the irrt model: membership applications, committee volunteering, blog contributions, pledges. */
module org.irrt.workflow {
  requires transitive org.irrt.model;
  requires com.ibm.icu; // ListFormatter: "a, b or c" in the reader's language
  // Compile time only, for Javadoc: the model's class files carry Immutables' @Value.Style, whose
  // enum constants Javadoc must resolve. Nothing of Immutables is needed at run time.
  requires static org.immutables.value.annotations;

  exports org.irrt.workflow;
  exports org.irrt.workflow.committee;
  exports org.irrt.workflow.contribution;
  exports org.irrt.workflow.membership;
  exports org.irrt.workflow.pledge;
}
