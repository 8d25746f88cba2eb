package org.irrt.site;

import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: the signed-in user's name and irrt roles (Thymeleaf 3.1 has no {@code #request}). */
@ControllerAdvice
class PageAdvice {
  @ModelAttribute("user")
  String user(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  /**
   * The language of the round table's data (purposes, history, link titles, membership types, the
   * campaign's name): {@link SiteData#DATA_LANGUAGE}, marked on the data so that an Arabic page
   * sets English sentences left to right (their full stop on the right).
   */
  @ModelAttribute("dataLang")
  String dataLanguage() {
    return SiteData.DATA_LANGUAGE;
  }

  /** The writing direction of the data's language ({@code ltr} for English), by ICU4J's likely script. */
  @ModelAttribute("dataDir")
  String dataDirection() {
    return com.ibm.icu.util.ULocale.forLanguageTag(SiteData.DATA_LANGUAGE).isRightToLeft() ? "rtl" : "ltr";
  }

  @ModelAttribute("roles")
  Set<String> roles(Principal principal) {
    Set<String> roles = new TreeSet<>();
    if (principal instanceof Authentication auth) {
      SecurityConfig.actor(auth).roles().forEach(r -> roles.add(r.name()));
    }
    return roles;
  }

  /**
   * Stops a page or a decision on an id no stored instance has with the site's 404 page, before the
   * engine sees the id (one it cannot take, such as markup or 10,000 characters, would be a 500).
   *
   * @param engine the workflow's engine
   * @param id the id from the address
   * @throws org.springframework.web.server.ResponseStatusException 404 when the store holds no event of {@code id}
   */
  static void requireStored(org.irrt.workflow.WorkflowEngine<?, ?, ?> engine, String id) {
    if (engine.version(id) == 0) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
  }
}
