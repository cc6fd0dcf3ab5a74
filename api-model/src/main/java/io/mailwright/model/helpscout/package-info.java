/**
 * The Help Scout Mailbox API v2, written in the {@link io.mailwright.model} vocabulary.
 *
 * <p>One file per documentation page, fields in the order of the page's table, each with its
 * documented description. The source of each page is named in its file: the seed copies in
 * {@code shared/seeds/} and, for Create Phone Thread (missing from the seeds), the public Help Scout
 * documentation as summarised in {@code shared/API-FACTS.md}.
 */
package io.mailwright.model.helpscout;
