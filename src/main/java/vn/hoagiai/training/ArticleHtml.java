package vn.hoagiai.training;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text of articles, cleaned with jsoup's basic safelist (paragraphs, lists,
 * emphasis, quotes, links with http(s) or mailto) plus headings: no scripts, styles,
 * event handlers or images.
 */
final class ArticleHtml {

	private static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4");

	private ArticleHtml() {
	}

	static String sanitise(String html) {
		if (html == null) {
			return null;
		}
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "", SAFE, output);
	}

}
