/**
 * The membership application workflow: from a form to an active membership, with the approval and
 * payment gates of the membership type, four eyes, expiry of unanswered applications, and one
 * application per client token. Rules: DOMAIN.md sections 2 and 6; Wild Apricot; CiviCRM.
 */
@NullMarked
package org.irrt.workflow.membership;

import org.jspecify.annotations.NullMarked;
