package io.mailwright.model.helpscout;

import static io.mailwright.model.Format.Kind.BASE64;

import io.mailwright.model.Doc;
import io.mailwright.model.FileAttachment;
import io.mailwright.model.Format;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/**
 * The attachment object of every thread page (seeds 000 to 003, and Create Phone Thread). The
 * examples' {@code "mimeType" : "plain/text"} is not a registered type; the API takes it, so the
 * mime type is not checked against a list.
 */
@Shape
@FileAttachment(fileName = "fileName", mimeType = "mimeType", data = "data")
@Doc("An attachment of a thread. The uploaded attachments will be scanned. In case of detecting"
    + " malicious content, the affected attachments won’t be accessible.")
interface Attachment {
  @Required @Doc("Attachment’s file name") String fileName();
  @Required @Doc("Attachment’s mime type") String mimeType();
  @Required @Format(BASE64) @Doc("Base64-encoded stream of data.") String data();
}
