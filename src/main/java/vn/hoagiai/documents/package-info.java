/**
 * The one writer of official documents: a {@link vn.hoagiai.documents.Document} in the
 * state format of Decree 30/2020/NĐ-CP (issuing body and number, national title and
 * motto, place and date, title, body, recipients, signatures), rendered the same way as
 * .docx and as .pdf with Liberation Serif embedded. Other modules build the model and
 * call {@link vn.hoagiai.documents.DocumentWriter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.hoagiai.documents;
