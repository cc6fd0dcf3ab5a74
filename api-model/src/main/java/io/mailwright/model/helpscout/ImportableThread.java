package io.mailwright.model.helpscout;

import io.mailwright.model.Doc;
import io.mailwright.model.Mixin;
import io.mailwright.model.OnlyWhen;
import java.time.Instant;
import java.util.List;

/**
 * The fields every thread of the five "Create ... Thread" pages has, with the pages' words: a thread
 * can be imported (history from another platform, no emails sent) with its original date, and carry
 * attachments. The pages list them last, except customer and reply threads, which place
 * {@code imported} earlier (their shapes redeclare it there).
 */
@Mixin
interface ImportableThread {
    @Doc("The imported field enables thread to be created for historical purposes (i.e. if moving from a different platform, you can import your history). When imported is set to true, no outgoing emails or notifications will be generated.") Boolean imported();
    @OnlyWhen(field = "imported", value = "true") @Doc("Optional creation date to be used when importing conversations and threads. It can only be used with imported field set to true") Instant createdAt();
    @Doc("Optional list of attachments to be attached to this thread") List<Attachment> attachments();
}
