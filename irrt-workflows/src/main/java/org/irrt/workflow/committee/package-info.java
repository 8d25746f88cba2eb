/**
 * Committee volunteering and appointments: volunteer forms by cycle, the appointing officer's
 * shortlist, appointments under the {@link org.irrt.workflow.committee.AppointmentPolicies}, and the
 * rosters per committee per year. Rules: ALA committee practice, DOMAIN.md section 3.
 */
@NullMarked
package org.irrt.workflow.committee;

import org.jspecify.annotations.NullMarked;
