package vn.hoagiai.indicators;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoagiai.shared.Timestamped;

/**
 * A target an office set for one unit, year and indicator, in per cent.
 */
@Entity
@Table(name = "ind_target")
class IndicatorTarget extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "target_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String code;

	@Column(name = "target_value", nullable = false)
	private BigDecimal value;

	private String note;

	@Version
	private long version;

	protected IndicatorTarget() {
	}

	IndicatorTarget(Long unitId, int year, IndicatorCode code, BigDecimal value, String note) {
		this.unitId = unitId;
		this.year = year;
		this.code = code.name();
		this.value = value;
		this.note = note;
	}

	void change(BigDecimal value, String note) {
		this.value = value;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	IndicatorCode getCode() {
		return IndicatorCode.valueOf(this.code);
	}

	BigDecimal getValue() {
		return this.value;
	}

	String getNote() {
		return this.note;
	}

	long getVersion() {
		return this.version;
	}

}
