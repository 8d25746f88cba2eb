/**
 * The pledge workflow: pledged, paying, fulfilled (reopened by a reversed payment), cancelled,
 * written off, with reminders before each installment. Rules: CiviCRM CiviPledge, Salesforce NPSP,
 * DOMAIN.md section 4; reversals: civicrm-core PR #19289 (dev/core#2206), Salesforce NPSP issue
 * #4617.
 */
@NullMarked
package org.irrt.workflow.pledge;

import org.jspecify.annotations.NullMarked;
