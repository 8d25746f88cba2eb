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

  @ModelAttribute("roles")
  Set<String> roles(Principal principal) {
    Set<String> roles = new TreeSet<>();
    if (principal instanceof Authentication auth) {
      SecurityConfig.actor(auth).roles().forEach(r -> roles.add(r.name()));
    }
    return roles;
  }
}
