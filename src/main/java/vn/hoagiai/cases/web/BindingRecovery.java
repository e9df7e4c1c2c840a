package vn.hoagiai.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * A form record whose constructor could not be called (a text typed where a number or a
 * date belongs) is built again without the values that failed, so the page shows the
 * user's other entries and a message beside each bad field instead of failing.
 */
@Component
class BindingRecovery {

	private final ConversionService conversions;

	BindingRecovery(@Qualifier("mvcConversionService") ConversionService conversions) {
		this.conversions = conversions;
	}

	/**
	 * The form as bound, or when binding failed, rebuilt and put in the model with the
	 * failures beside its fields.
	 */
	<T> T recover(T form, Class<T> type, String name, BindingResult failed, HttpServletRequest request, Model model) {
		if (form != null) {
			return form;
		}
		Set<String> bad = failed.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
		Map<String, String[]> values = new LinkedHashMap<>(request.getParameterMap());
		values.keySet().removeAll(bad);
		WebDataBinder binder = new WebDataBinder(null, name);
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(this.conversions);
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public Object resolveValue(String param, Class<?> paramType) {
				String[] given = values.get(param);
				return (given == null) ? null : (given.length == 1) ? given[0] : given;
			}

			@Override
			public Set<String> getNames() {
				return values.keySet();
			}
		});
		BindingResult result = binder.getBindingResult();
		failed.getFieldErrors().forEach(result::addError);
		@SuppressWarnings("unchecked")
		T rebuilt = (T) binder.getTarget();
		model.addAttribute(name, rebuilt);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return rebuilt;
	}

}
