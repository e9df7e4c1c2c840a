package vn.hoagiai.shared.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves a message key with a list of arguments in the current language, for templates:
 * {@code ${@msg.text(finding.messageKey(), finding.args())}}.
 */
@Component("msg")
class TemplateMessages {

	private final MessageSource messages;

	TemplateMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, List<Object> args) {
		return this.messages.getMessage(key, (args != null) ? args.toArray() : null, key,
				LocaleContextHolder.getLocale());
	}

}
