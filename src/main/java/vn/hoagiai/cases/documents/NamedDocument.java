package vn.hoagiai.cases.documents;

import vn.hoagiai.documents.Document;

/**
 * A document and the file name it is downloaded under (without extension).
 */
record NamedDocument(Document document, String fileName) {

}
