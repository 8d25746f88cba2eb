/**
 * The pledge workflow: pledged, paying, fulfilled, cancelled, written off, with reminders before
 * each installment. Rules: CiviCRM CiviPledge, Salesforce NPSP, DOMAIN.md section 4.
 */
@NullMarked
package org.irrt.workflow.pledge;

import org.jspecify.annotations.NullMarked;
