package vn.hoagiai.training;

/**
 * The editable facts of a library item. {@code videoUrl} is for video links,
 * {@code bodyHtml} for articles (sanitised before it is kept); files are uploaded apart.
 *
 * @param tags comma-separated
 * @param legalText the legal document the item explains, e.g. "Luật Hòa giải ở cơ sở
 * 2013"
 * @param published shown to every signed-in user (and the public portal) when true;
 * otherwise internal to officers
 * @param supersedesId the item this one replaces
 */
public record ItemDetails(String title, Category category, String tags, String legalText, String summary,
		boolean published, Long supersedesId, String videoUrl, String bodyHtml) {

}
