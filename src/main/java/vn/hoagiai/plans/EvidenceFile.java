package vn.hoagiai.plans;

/** An evidence file's name, type and bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {

}
