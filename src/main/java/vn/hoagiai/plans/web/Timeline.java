package vn.hoagiai.plans.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.hoagiai.plans.PlanGrid;
import vn.hoagiai.plans.YearStatus;

/**
 * The plan period as a Gantt-like SVG drawn on the server: one row per task, one column
 * per year, a bar per year the task has a record, coloured by status, a line at today,
 * and a legend. Text is escaped; colours are attributes, not styles (the CSP forbids
 * inline styles).
 */
final class Timeline {

	static final Map<YearStatus, String> COLOURS = Map.of(YearStatus.DONE, "#198754", YearStatus.IN_PROGRESS, "#0d6efd",
			YearStatus.NOT_STARTED, "#adb5bd", YearStatus.OVERDUE, "#dc3545", YearStatus.NOT_DUE, "#e9ecef");

	private static final int LABEL = 56;

	private static final int COLUMN = 64;

	private static final int ROW = 22;

	private static final int TOP = 24;

	private final MessageSource messages;

	private final Locale locale;

	private final LocalDate today;

	Timeline(MessageSource messages, Locale locale, LocalDate today) {
		this.messages = messages;
		this.locale = locale;
		this.today = today;
	}

	String render(PlanGrid grid) {
		int years = grid.years().size();
		int width = Math.max(LABEL + years * COLUMN + 8, 640);
		int legendY = TOP + grid.rows().size() * ROW + 16;
		int height = legendY + 28;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\"><title>")
			.append(escape(message("plans.timeline.title", grid.planTitle())))
			.append("</title>");
		for (int i = 0; i < years; i++) {
			int x = LABEL + i * COLUMN;
			svg.append(text(x + COLUMN / 2, 14, String.valueOf(grid.years().get(i)), "middle"));
			svg.append("<line x1=\"")
				.append(x)
				.append("\" y1=\"18\" x2=\"")
				.append(x)
				.append("\" y2=\"")
				.append(legendY - 8)
				.append("\" stroke=\"#dee2e6\"/>");
		}
		for (int r = 0; r < grid.rows().size(); r++) {
			PlanGrid.Row row = grid.rows().get(r);
			int y = TOP + r * ROW;
			svg.append(text(4, y + 14, row.code(), "start"));
			for (int i = 0; i < row.cells().size(); i++) {
				PlanGrid.Cell cell = row.cells().get(i);
				if (cell.status() != null) {
					svg.append("<rect x=\"")
						.append(LABEL + i * COLUMN + 2)
						.append("\" y=\"")
						.append(y + 3)
						.append("\" width=\"")
						.append(COLUMN - 4)
						.append("\" height=\"")
						.append(ROW - 6)
						.append("\" rx=\"3\" fill=\"")
						.append(COLOURS.get(cell.status()))
						.append("\"><title>")
						.append(escape(row.code() + " · " + cell.year() + " · "
								+ message("plans.status." + cell.status().name())))
						.append("</title></rect>");
				}
			}
		}
		todayLine(svg, grid, legendY);
		legend(svg, legendY);
		return svg.append("</svg>").toString();
	}

	private void todayLine(StringBuilder svg, PlanGrid grid, int legendY) {
		int first = grid.years().get(0);
		double offset = (this.today.getYear() - first) + (this.today.getDayOfYear() - 1) / 366.0;
		if (offset >= 0 && offset <= grid.years().size()) {
			long x = Math.round(LABEL + offset * COLUMN);
			svg.append("<line x1=\"")
				.append(x)
				.append("\" y1=\"18\" x2=\"")
				.append(x)
				.append("\" y2=\"")
				.append(legendY - 8)
				.append("\" stroke=\"#212529\" stroke-dasharray=\"4 2\"><title>")
				.append(escape(message("plans.timeline.today")))
				.append("</title></line>");
		}
	}

	private void legend(StringBuilder svg, int y) {
		int x = 4;
		for (YearStatus status : YearStatus.values()) {
			svg.append("<rect x=\"")
				.append(x)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"12\" height=\"12\" fill=\"")
				.append(COLOURS.get(status))
				.append("\"/>");
			String label = message("plans.status." + status.name());
			svg.append(text(x + 16, y + 10, label, "start"));
			x += 24 + label.length() * 6;
		}
	}

	private static String text(int x, int y, String content, String anchor) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
