/**
 * Memberships: {@link org.irrt.model.membership.MembershipType} (fee, duration, rolling or fixed
 * periods, gates, renewal window), {@link org.irrt.model.membership.Membership} (join, start and end
 * dates, renewal for one or more terms, each recorded as a {@link
 * org.irrt.model.membership.Renewal} so that a reversed payment takes it back), status derived by {@link org.irrt.model.membership.StatusRules}, renewal reminders, and
 * the privacy operations of {@link org.irrt.model.membership.MemberPrivacy}. Rules: CiviCRM
 * CiviMember, Wild Apricot, DOMAIN.md section 2.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.membership;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;
