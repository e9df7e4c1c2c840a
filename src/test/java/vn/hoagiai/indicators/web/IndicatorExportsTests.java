package vn.hoagiai.indicators.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorExportsTests {

	@Test
	void cellsThatLookLikeFormulasAreWrittenAsText() {
		assertThat(IndicatorExports.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(IndicatorExports.csvCell("+1")).isEqualTo("\"'+1\"");
		assertThat(IndicatorExports.csvCell("@SUM")).isEqualTo("\"'@SUM\"");
		assertThat(IndicatorExports.csvCell("Phường Đức Xuân")).isEqualTo("\"Phường Đức Xuân\"");
	}

}
