package org.irrt.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters the server cannot read (a form body over Tomcat's limit, 2 MB by
 * default, or more parameters than its limit) is answered with the site's error page, 413 or 400
 * as Tomcat names it, in the visitor's language. Before, Tomcat threw on every read of a parameter
 * (Spring Security's CSRF check, the language parameter, the controller), logged the exception with
 * its stack trace twice at ERROR, and failed to show the error page too.
 *
 * <p>Runs after Spring's character-encoding filter (the highest precedence), so that a form is read
 * as UTF-8, and before everything else; the error page is shown by a forward of a request that has
 * no parameters and the method {@code GET}, so that nothing reads the broken ones again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableFormFilter extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int status;
    try {
      request.getParameterNames();
      chain.doFilter(request, response);
      return;
    } catch (InvalidParameterException e) {
      status = e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
          ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
    }
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    response.setStatus(status);
    request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
  }

  /** The request without its parameters, as a {@code GET}. */
  private static final class WithoutParameters extends HttpServletRequestWrapper {
    WithoutParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
