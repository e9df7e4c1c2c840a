package vn.hoagiai.identity;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Vietnamese unless the user chose English. The choice is kept in the session and, for a
 * signed-in user, on their account, so it follows them to the next sign-in.
 */
@Component("localeResolver")
class UserLocaleResolver implements LocaleResolver {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final Set<String> SUPPORTED = Set.of("vi", "en");

	private static final String ATTRIBUTE = UserLocaleResolver.class.getName() + ".locale";

	private final Accounts accounts;

	UserLocaleResolver(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof Locale locale) {
			return locale;
		}
		return VIETNAMESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported(locale);
		remember(request, response, chosen);
		this.accounts.setLocale(chosen.getLanguage());
	}

	void remember(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		request.getSession().setAttribute(ATTRIBUTE, supported(locale));
	}

	private static Locale supported(Locale locale) {
		return (locale != null && SUPPORTED.contains(locale.getLanguage()))
				? Locale.forLanguageTag(locale.getLanguage()) : VIETNAMESE;
	}

}
