package vn.hoagiai.indicators;

/**
 * A target typed into the form: the text as typed (blank leaves the target as it is) and
 * the version of the stored row it was read from (null when none was stored).
 */
public record TargetChange(IndicatorCode code, String value, String note, Long version) {

}
