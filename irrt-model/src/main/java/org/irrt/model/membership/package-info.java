/**
 * Memberships: {@link org.irrt.model.membership.MembershipType} (fee, duration, rolling or fixed
 * periods, gates), {@link org.irrt.model.membership.Membership} (join, start and end dates,
 * renewal), status derived by {@link org.irrt.model.membership.StatusRules}, renewal reminders, and
 * the privacy operations of {@link org.irrt.model.membership.MemberPrivacy}. Rules: CiviCRM
 * CiviMember, Wild Apricot, DOMAIN.md section 2.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.membership;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;
