package org.irrt.spring.boot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.workflow.Outcome;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request whose body or arguments irrt refused with an RFC 9457 problem (HTTP 400,
 * {@code application/problem+json}) that names every violation with its path and a message in the
 * request's language, never the rejected value:
 *
 * <pre>{@code
 * {"type": "about:blank", "title": "Bad Request", "status": 400, "instance": "/applications",
 *  "violations": [{"path": "applicant.email", "code": "org.irrt.model.EmailAddress.invalid",
 *                  "message": "n'est pas une adresse électronique valide"},
 *                 {"path": "members[2].id", "code": "org.irrt.model.duplicateId",
 *                  "message": "...", "relatedPaths": ["members[0]"]}, ...]}
 * }</pre>
 *
 * <p>Spring MVC wraps what Jackson throws in an {@link HttpMessageNotReadableException}; a body that
 * fails for another reason (not JSON at all, a host type's own failure) is left to Spring as it was.
 * An {@link InvalidValueException} a handler lets out (a value built from a request parameter, an
 * idempotency key too long) is answered the same way, rather than as a 500. It answers for
 * {@code @RestController}s only: a page's {@code @Controller} keeps its own error pages. The advice runs after the
 * host's own ({@code @Order} lowest): a host's {@code @ExceptionHandler} for these exceptions wins;
 * {@code irrt.web.problem-details=false} leaves the starter's out. {@link #refused} makes the
 * problem of a refused command for a host's handler to return (HTTP 409).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class IrrtProblemDetails {
  /** Creates the advice. */
  public IrrtProblemDetails() {}

  /**
   * A body irrt refused; any other unreadable body is Spring's to answer.
   *
   * @param e what Spring threw
   * @param locale the request's locale
   * @return the problem
   * @throws HttpMessageNotReadableException {@code e}, when irrt did not refuse the body
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return invalid(invalid, locale);
      }
    }
    throw e; // Spring's own answer, as without the starter
  }

  /**
   * Values irrt refused.
   *
   * @param e the refusal
   * @param locale the request's locale
   * @return the problem
   */
  @ExceptionHandler(InvalidValueException.class)
  public ProblemDetail invalid(InvalidValueException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setProperty("violations", e.violations().stream().map(v -> entry(v, locale)).toList());
    return problem;
  }

  private static ViolationEntry entry(Violation v, Locale locale) {
    return new ViolationEntry(v.path(), v.code(), v.message(locale), v.relatedPaths());
  }

  /**
   * A violation as the problem lists it.
   *
   * @param path where, e.g. {@code applicant.email}; empty for the whole body
   * @param code the stable message key
   * @param message the message in the request's language
   * @param relatedPaths the other entries the message names, e.g. {@code ["members[0]"]} for {@code
   *     members[2].id} repeating its id ({@link Violation#relatedPaths()}), so that a form can mark
   *     both; left out of the JSON when there are none
   */
  public record ViolationEntry(String path, String code, String message,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
      List<String> relatedPaths) {}

  /**
   * A reason of a refused command as the problem lists it.
   *
   * @param rule the guard or policy, e.g. {@code state}
   * @param code the stable message key
   * @param message the message in the reader's language
   */
  public record RefusalEntry(String rule, String code, String message) {}

  /**
   * The problem of a refused command (HTTP 409): each reason's rule, code and message in the reader's
   * language, e.g. {@code {"rule": "state", "code": "org.irrt.workflow.state", "message": "“approve”
   * is not possible while this is submitted; possible now: withdraw"}}.
   *
   * @param refused the outcome
   * @param locale the reader's locale
   * @return the problem, under {@code refusals}
   */
  public static ProblemDetail refused(Outcome.Refused<?, ?> refused, Locale locale) {
    Objects.requireNonNull(refused, "refused");
    Objects.requireNonNull(locale, "locale");
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    List<RefusalEntry> reasons = refused.reasons().stream()
        .map(r -> new RefusalEntry(r.rule(), r.code(), r.message(locale))).toList();
    problem.setProperty("refusals", reasons);
    return problem;
  }
}
