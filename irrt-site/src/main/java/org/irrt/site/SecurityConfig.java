package org.irrt.site;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with in-memory demonstration users, each holding irrt roles as Spring authorities
 * ({@code ROLE_MEMBERSHIP_OFFICER} is {@link Role#MEMBERSHIP_OFFICER}); CSRF protection is Spring
 * Security's default (on), and Thymeleaf's {@code th:action} adds the token to every form.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
  /** The demonstration users: name, password {@value #PASSWORD}, irrt roles. */
  public static final List<DemoUser> USERS = List.of(
      new DemoUser("officer", Role.MEMBERSHIP_OFFICER),
      new DemoUser("officer2", Role.MEMBERSHIP_OFFICER),
      new DemoUser("chair", Role.APPOINTING_OFFICER),
      new DemoUser("member", Role.VOLUNTEER),
      new DemoUser("writer", Role.CONTRIBUTOR),
      new DemoUser("editor", Role.EDITOR),
      new DemoUser("fundraiser", Role.FUNDRAISING_OFFICER));

  /** Every demonstration user's password. */
  public static final String PASSWORD = "demo";

  /**
   * A demonstration user; what the user does is the site's message {@code user.<name>} ("Membership
   * officer"), in the visitor's language.
   *
   * @param name the user name, also the irrt actor id
   * @param role the irrt role
   */
  public record DemoUser(String name, Role role) {}

  /**
   * The key of the site's message that says what a demonstration user does.
   *
   * @param user the user
   * @return {@code user.<name>}, e.g. {@code user.officer} ("Membership officer")
   */
  static String describe(DemoUser user) {
    return "user." + user.name();
  }

  @Bean
  InMemoryUserDetailsManager users() {
    List<UserDetails> users = USERS.stream().map(u -> User.withUsername(u.name()).password("{noop}" + PASSWORD)
        .roles(u.role().name()).build()).toList();
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  SecurityFilterChain site(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/officer/**").hasRole(Role.MEMBERSHIP_OFFICER.name())
            .requestMatchers("/appointments/**").hasRole(Role.APPOINTING_OFFICER.name())
            .requestMatchers("/editor/**").hasRole(Role.EDITOR.name())
            .requestMatchers("/write/**").hasRole(Role.CONTRIBUTOR.name())
            .requestMatchers("/volunteer/**").hasRole(Role.VOLUNTEER.name())
            .requestMatchers(HttpMethod.POST, "/campaign/pledges").hasRole(Role.FUNDRAISING_OFFICER.name())
            .anyRequest().permitAll())
        .formLogin(f -> f.loginPage("/login").permitAll())
        .logout(l -> l.logoutSuccessUrl("/"));
    return http.build();
  }

  /**
   * The irrt actor of a signed-in user.
   *
   * @param auth the authentication
   * @return the actor: the user name as id, the irrt roles among the authorities
   */
  public static Actor actor(Authentication auth) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority a : auth.getAuthorities()) {
      String name = a.getAuthority();
      if (name != null && name.startsWith("ROLE_")) {
        for (Role r : Role.values()) {
          if (r.name().equals(name.substring(5)) && r != Role.SYSTEM) {
            roles.add(r);
          }
        }
      }
    }
    return new Actor(ActorId.of(auth.getName()), roles);
  }

  /**
   * The roles' names, for the page header.
   *
   * @param actor the actor
   * @return e.g. {@code MEMBERSHIP_OFFICER}
   */
  public static String roles(Actor actor) {
    return actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
