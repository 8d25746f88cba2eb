package org.irrt.site;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * The site's seven languages, those of irrt's bundles: Arabic, Chinese, English, French, German,
 * Russian, Spanish. A visitor's language is the first of them in {@code Accept-Language} (with its
 * region, so that {@code fr-CH} or {@code ar-EG} write dates and numbers as there), else English,
 * never the JVM's; {@code ?lang=fr} on any page chooses one and a cookie ({@code lang}, a year)
 * keeps the choice. A value outside the seven, in the parameter or in the cookie, is ignored.
 *
 * <p>Spring's own means ({@link CookieLocaleResolver}, {@link LocaleChangeInterceptor}, Spring
 * Framework 7), told which languages are the site's: Spring's {@code AcceptHeaderLocaleResolver}
 * narrows {@code fr-CH} to {@code fr} and neither resolver nor interceptor limits a choice to a list.
 * The pages read the chooser and the writing direction from the bean {@code @languages}.
 */
@Configuration(value = "languages", proxyBeanMethods = false)
public class SiteLanguages implements WebMvcConfigurer {
  /** The seven languages, by their codes (ISO 639-1), in that order in the chooser. */
  public static final List<String> CODES = List.of("ar", "de", "en", "es", "fr", "ru", "zh");

  /** The parameter and the cookie that choose a language. */
  public static final String PARAMETER = "lang";

  /**
   * A language of the chooser.
   *
   * @param tag its code, such as {@code fr}
   * @param name its name in itself ("Français", "العربية")
   * @param direction {@code rtl} or {@code ltr}
   * @param href the link that chooses it ({@link #href})
   * @param current whether the page is in it
   */
  public record Choice(String tag, String name, String direction, String href, boolean current) {}

  /**
   * Whether a locale's language is one of the seven.
   *
   * @param locale a locale, or null
   * @return whether it is
   */
  public static boolean supported(Locale locale) {
    return locale != null && CODES.contains(locale.getLanguage());
  }

  /**
   * The visitor's locale from {@code Accept-Language} alone: the first range, by weight, whose
   * language is one of the seven, with its region and script; English for anything else, a missing
   * or malformed header included (the servlet container would give the JVM's locale).
   *
   * @param request the request
   * @return the locale
   */
  public static Locale fromAcceptLanguage(HttpServletRequest request) {
    return accepted(request).stream().filter(SiteLanguages::supported).findFirst().orElse(Locale.ENGLISH);
  }

  /**
   * The languages of {@code Accept-Language}, by weight, those of weight 0 and the wildcard left out;
   * none for a missing, malformed or overlong (over 1,000 characters) header.
   */
  private static List<Locale> accepted(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank() || header.length() > 1000) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(header).stream().filter(range -> range.getWeight() > 0)
          .map(range -> Locale.forLanguageTag(range.getRange())).filter(locale -> !locale.getLanguage().isEmpty())
          .toList();
    } catch (IllegalArgumentException e) {
      return List.of(); // a malformed header chooses nothing
    }
  }

  /**
   * The language a visitor prefers, for a member's record: the one chosen on the site ({@code ?lang=}
   * or the cookie), else the first language of {@code Accept-Language} whatever it is (a member may
   * prefer Japanese although the site does not speak it), with its region, else the page's.
   *
   * @param request the request
   * @param page the page's language
   * @return a BCP 47 tag with an ISO 639 language, such as {@code ja-JP}
   */
  public static String preferredLanguage(HttpServletRequest request, Locale page) {
    boolean chosen = request.getParameter(PARAMETER) != null || WebUtils.getCookie(request, PARAMETER) != null;
    if (chosen) {
      return page.toLanguageTag();
    }
    // an ISO 639 language of 2 or 3 letters, as a member's preferred language must have (not "und")
    return accepted(request).stream().filter(l -> l.getLanguage().length() <= 3 && !l.getLanguage().equals("und"))
        .findFirst().orElse(page).toLanguageTag();
  }

  /**
   * The resolver Spring MVC uses (the bean name {@code localeResolver} makes Boot's back off): the
   * cookie {@code lang} when it holds one of the seven, else {@code Accept-Language}.
   *
   * @return the resolver
   */
  @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(PARAMETER) {
      @Override
      protected Locale parseLocaleValue(String value) {
        Locale locale = super.parseLocaleValue(value);
        return supported(locale) ? locale : null; // a cookie edited by hand: as if there were none
      }
    };
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setRejectInvalidCookies(false);
    resolver.setDefaultLocaleFunction(SiteLanguages::fromAcceptLanguage);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
      @Override
      protected Locale parseLocaleValue(String value) {
        Locale locale = super.parseLocaleValue(value);
        if (!supported(locale)) { // ignored (setIgnoreInvalidLocale): the choice stays as it was
          throw new IllegalArgumentException("not one of the site's languages");
        }
        return locale;
      }
    };
    change.setParamName(PARAMETER);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  /**
   * The chooser: the seven languages, each named in itself (ICU4J's CLDR names, capitalised as a
   * menu in that language writes them: "Français", "Русский", "中文").
   *
   * @return the choices, the page's own marked current (Thymeleaf 3.1 lets no bean be called in a
   *     link attribute, so each choice carries its link)
   */
  public List<Choice> choices() {
    String current = LocaleContextHolder.getLocale().getLanguage();
    return CODES.stream().map(code -> {
      ULocale language = new ULocale(code);
      String name = LocaleDisplayNames.getInstance(language, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
          .localeDisplayName(language);
      return new Choice(code, name, language.isRightToLeft() ? "rtl" : "ltr", href(code), code.equals(current));
    }).toList();
  }

  /**
   * The language the page is written in, for its {@code lang}: one of the seven bundles' codes,
   * without the region or script the visitor asked for. A browser asking for {@code zh-TW} reads
   * the Chinese bundle, which is Simplified: labelling it {@code zh-TW} would claim Traditional
   * Chinese (and make fonts and screen readers choose for Taiwan); {@code fr-CH} reads standard
   * French, labelled {@code fr}. Dates and numbers still follow the asked region.
   *
   * @return e.g. {@code zh}
   */
  public String tag() {
    String language = LocaleContextHolder.getLocale().getLanguage();
    return CODES.contains(language) ? language : "en";
  }

  /**
   * The writing direction of the page's language, by ICU4J's likely script ({@code rtl} for Arabic).
   *
   * @return {@code rtl} or {@code ltr}
   */
  public String direction() {
    return direction(LocaleContextHolder.getLocale().toLanguageTag());
  }

  /**
   * The writing direction of a language (a post's, which may be any).
   *
   * @param tag a BCP 47 tag, such as {@code ar} or {@code zh-Hant}
   * @return {@code rtl} or {@code ltr}
   */
  public String direction(String tag) {
    return ULocale.forLanguageTag(tag).isRightToLeft() ? "rtl" : "ltr";
  }

  /**
   * The chooser's link: the page's own query with {@code lang} set, relative to the page's address
   * ({@code ?language=es&lang=fr}); just {@code ?lang=fr} after a form was sent and on an error page.
   *
   * @param tag one of the seven
   * @return the link
   */
  public String href(String tag) {
    String query = null;
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      if ("GET".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST) {
        query = request.getQueryString();
      }
    }
    UriComponentsBuilder link = UriComponentsBuilder.newInstance();
    if (StringUtils.hasLength(query)) {
      link.query(query);
    }
    return link.replaceQueryParam(PARAMETER, tag).build().toUriString();
  }
}
