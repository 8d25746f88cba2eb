/**
 * Pledges and campaigns: {@link org.irrt.model.pledge.Campaign}, {@link org.irrt.model.pledge.Pledge}
 * with its installment schedule, payment application (reversed payments no longer count from the
 * reversal's day) and status, and {@link
 * org.irrt.model.pledge.CampaignProgress}. Rules: CiviCRM CiviPledge, Salesforce NPSP, DOMAIN.md
 * section 4. The pledge workflow is in {@code org.irrt.workflow.pledge}.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.pledge;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;
