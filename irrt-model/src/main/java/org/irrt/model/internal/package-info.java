/**
 * Implementation of the model: the shared validator, JSON support and text rules. Not API: hosts
 * must not use it, and it may change in any release.
 */
package org.irrt.model.internal;
