package vn.hoagiai.cases;

import java.time.Instant;

/**
 * A change made to a closed case: when, by whom, what kind ({@code EDITED},
 * {@code REOPENED}, {@code PARTIES}) and why.
 */
public record AmendmentView(Instant madeAt, String madeBy, String kind, String reason) {

}
