package org.irrt.model.common;

/**
 * Why a payment received was taken back by the payment system or the organisation. Each one means
 * the money was not (or is no longer) the organisation's, so the payment stops counting from the
 * day of the reversal (CiviCRM's contribution statuses "Refunded" and "Chargeback"; civicrm-core PR
 * #19289, dev/core#2206; Salesforce NPSP issue #4617).
 */
public enum ReversalReason {
  /** The organisation paid the money back. */
  REFUND,
  /** The payment did not clear: a returned cheque, a failed direct debit, a declined transfer. */
  BOUNCE,
  /** The payer's bank or card issuer took the money back (a disputed card payment). */
  CHARGEBACK
}
