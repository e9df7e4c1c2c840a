package vn.hoagiai.cases;

/**
 * A party as edited after intake: {@code id} names an existing party, null adds one.
 */
public record PartyEdit(Long id, PartyDetails details) {

}
