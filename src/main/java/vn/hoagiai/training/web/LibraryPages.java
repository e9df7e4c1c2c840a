package vn.hoagiai.training.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.training.Category;
import vn.hoagiai.training.ItemKind;
import vn.hoagiai.training.ItemView;
import vn.hoagiai.training.LibraryFilter;
import vn.hoagiai.training.LibraryService;

/**
 * The material library: the searchable list (with "not opened yet" for a mediator), an
 * item's page (light: under 100 KB before the file), its file, and the forms that add,
 * edit and withdraw items.
 */
@Controller
@RequestMapping("/library")
class LibraryPages {

	static final String LIST = "training/library";

	static final String LIST_TABLE = "training/library :: itemList";

	static final String ITEM = "training/item";

	static final String FORM = "training/item-form";

	private static final int PAGE_SIZE = 30;

	private final LibraryService library;

	LibraryPages(LibraryService library) {
		this.library = library;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Category category,
			@RequestParam(defaultValue = "false") boolean unopened, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("unopened", unopened);
		model.addAttribute("categories", Category.values());
		model.addAttribute("items", this.library.search(new LibraryFilter(q, category, unopened),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return (htmx != null) ? LIST_TABLE : LIST;
	}

	@GetMapping("/{id}")
	String item(@PathVariable long id, Model model) {
		model.addAttribute("item", this.library.open(id));
		return ITEM;
	}

	@GetMapping("/{id}/file")
	void file(@PathVariable long id, HttpServletResponse response) throws IOException {
		FileResponses.send(this.library.file(id), response);
	}

	@GetMapping("/new")
	String createForm(@RequestParam(defaultValue = "FILE") ItemKind kind, Model model) {
		model.addAttribute("form", ItemForm.blank(kind));
		return form(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ItemForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (!result.hasErrors()) {
			try {
				long id;
				if (form.kind() == ItemKind.FILE) {
					if (file == null || file.isEmpty()) {
						throw new InvalidInput(
								java.util.List.of(vn.hoagiai.shared.FieldProblem.of("file", "library.file.missing")));
					}
					try (InputStream in = file.getInputStream()) {
						id = this.library.addFile(form.details(), file.getOriginalFilename(), in);
					}
				}
				else {
					id = this.library.add(form.kind(), form.details());
				}
				return "redirect:/library/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
		}
		return form(model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		ItemView item = this.library.open(id);
		model.addAttribute("item", item);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ItemForm.of(item.kind(), item.details(), item.version()));
		}
		return form(model);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.library.update(id, (form.version() != null) ? form.version() : -1, form.details());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/library/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.bind(ex, result);
			}
			catch (StaleVersion ex) {
				model.addAttribute("conflict", true);
			}
		}
		model.addAttribute("item", this.library.open(id));
		return form(model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.library.withdraw(id, version, reason);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("withdrawFailed", true);
		}
		return "redirect:/library/" + id;
	}

	private String form(Model model) {
		model.addAttribute("categories", Category.values());
		return FORM;
	}

}
