/**
 * The editorial workflow of contributed blog posts: draft, submitted, in review, changes requested,
 * approved, scheduled, published, rejected, withdrawn, unpublished; roles contributor, editor and
 * administrator; four eyes; scheduling by instant with a publication sweep. Rules: DOMAIN.md
 * section 5 (WordPress roles, PublishPress, Decap CMS).
 */
@NullMarked
package org.irrt.workflow.contribution;

import org.jspecify.annotations.NullMarked;
