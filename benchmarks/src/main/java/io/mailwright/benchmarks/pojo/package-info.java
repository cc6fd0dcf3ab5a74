/**
 * The Create Conversation request as a hand-written, unvalidated POJO: public fields that mirror
 * the JSON, null fields left out. What a user who writes the request by hand would send with
 * Jackson; benchmark 2's baseline.
 */
package io.mailwright.benchmarks.pojo;
