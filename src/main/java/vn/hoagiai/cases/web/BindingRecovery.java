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
	 * Puts the form back in the model with its binding failures beside its fields. Spring
	 * calls the form's constructor with null for each value that failed, but leaves the
	 * model's copy empty; when even that failed ({@code form} null), the form is built
	 * again from the request without the values that failed.
	 */
	<T> T recover(T form, Class<T> type, String name, BindingResult failed, HttpServletRequest request, Model model) {
		T target = (form != null) ? form : rebuild(type, name, failed, request);
		WebDataBinder binder = new WebDataBinder(target, name);
		binder.setConversionService(this.conversions);
		BindingResult result = binder.getBindingResult();
		failed.getAllErrors().forEach(result::addError);
		model.addAttribute(name, target);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return target;
	}

	@SuppressWarnings("unchecked")
	private <T> T rebuild(Class<T> type, String name, BindingResult failed, HttpServletRequest request) {
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
		return (T) binder.getTarget();
	}

}
