package vn.hoagiai.training.web;

import vn.hoagiai.training.Category;
import vn.hoagiai.training.ItemDetails;
import vn.hoagiai.training.ItemKind;

/**
 * The library item form: a file, a video link or an article.
 */
record ItemForm(ItemKind kind, String title, Category category, String tags, String legalText, String summary,
		Boolean published, Long supersedesId, String videoUrl, String bodyHtml, Long version) {

	ItemDetails details() {
		return new ItemDetails(this.title, this.category, this.tags, this.legalText, this.summary,
				Boolean.TRUE.equals(this.published), this.supersedesId, this.videoUrl, this.bodyHtml);
	}

	static ItemForm of(ItemKind kind, ItemDetails d, Long version) {
		return new ItemForm(kind, d.title(), d.category(), d.tags(), d.legalText(), d.summary(), d.published(),
				d.supersedesId(), d.videoUrl(), d.bodyHtml(), version);
	}

	static ItemForm blank(ItemKind kind) {
		return new ItemForm(kind, null, null, null, null, null, true, null, null, null, null);
	}

}
