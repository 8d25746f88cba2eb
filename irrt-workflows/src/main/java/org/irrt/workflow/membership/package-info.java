/**
 * Memberships in their workflows: the application, from a form to an active membership, with the
 * approval and payment gates of the configured membership type, four eyes, expiry of unanswered
 * applications and one application per client token; then the membership's own life, each change an
 * audited command (renewals, statuses set by hand, cancellation, erasure, reminders sent). Rules:
 * DOMAIN.md sections 2 and 6; Wild Apricot; CiviCRM.
 */
@NullMarked
package org.irrt.workflow.membership;

import org.jspecify.annotations.NullMarked;
