#!/usr/bin/env python3
"""Writes a synthetic mailwright model of N endpoints, for the generator benchmark (run.sh).

Usage: synthetic_model.py N OUT_DIR

OUT_DIR/bench/synthetic/model/ gets the @Api root and one file per endpoint (as the Help Scout
model has one file per page); OUT_DIR/bench/synthetic/client/package-info.java the
@GenerateClient trigger. Each endpoint has the shape of a realistic create: a path parameter and
a dozen body fields with rules (required, lengths, an email, a list size, an instant allowed only
when another field is true), an enum, a nested shape, a list of strings and a list of another
nested shape. Ten endpoints share a resource group. The text is deterministic: the same N always
writes the same files.
"""
import os
import sys

ENDPOINT = '''package bench.synthetic.model;

import static io.mailwright.model.Format.Kind.EMAIL;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Format;
import io.mailwright.model.Length;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import io.mailwright.model.Size;
import java.time.Instant;
import java.util.List;

/** Synthetic endpoint {i}. */
@Endpoint(method = POST, path = "/v1/projects/{{projectId}}/records{i}", status = 201, resource = "group{g}", operation = "createRecord{i}")
@Doc("Creates a record of kind {i} in a project.")
@ResponseHeader(name = "Resource-ID", doc = "Internal ID of the new record")
@ErrorResponse(status = 404, doc = "The project does not exist.")
@ErrorResponse(status = 412, doc = "The project is archived.")
interface CreateRecord{i} {{
  @PathParam long projectId();
  @Required @Length(min = 1, max = 120) @Doc("The record's title") String title();
  @Length(max = 2000) @Doc("What the record is about") String description();
  @Required @Doc("ID of the record's owner") Long ownerId();
  @Format(EMAIL) @Doc("Who is told about the record") String notifyEmail();
  @Doc("Priority, 1 is highest") Integer priority();
  @Required @Doc("The kind of record") Kind{i} kind();
  @Doc("Whether the record is imported from another system") Boolean imported();
  @OnlyWhen(field = "imported", value = "true") @Doc("When the record was created, for imported records") Instant createdAt();
  @Doc("Where the record applies") Address{i} address();
  @Size(max = 20) @Doc("Labels of the record") List<String> labels();
  @Required @Size(min = 1, max = 50) @Doc("The lines of the record") List<Line{i}> lines();
  @Format(EMAIL) @Doc("Addresses copied on updates") List<String> cc();
  @Length(max = 64) @Doc("The caller's own reference") String externalReference();

  /** {{@code kind}}. */
  @Doc("Kind of a record.")
  enum Kind{i} {{ task, incident, request, change, problem }}

  @Shape
  @Doc("A postal address.")
  interface Address{i} {{
    @Required @Length(min = 1, max = 100) @Doc("Street and number") String street();
    @Length(max = 60) @Doc("City") String city();
    @Length(min = 2, max = 2) @Doc("ISO 3166 country code") String country();
    @Length(max = 16) @Doc("Postal code") String postalCode();
  }}

  @Shape
  @Doc("One line of a record.")
  interface Line{i} {{
    @Required @Doc("ID of the product") Long productId();
    @Required @Doc("How many") Integer quantity();
    @Length(max = 200) @Doc("A note on the line") String note();
  }}
}}
'''

ROOT = '''package bench.synthetic.model;

import io.mailwright.model.Api;

/** A synthetic API of {n} endpoints. */
@Api(
    title = "Synthetic API",
    baseUrl = "https://api.example.com/",
    endpoints = {{
{endpoints}
    }})
public interface SyntheticApi {{}}
'''

TRIGGER = '''/** The client of the synthetic API. */
@GenerateClient(model = SyntheticApi.class, name = "Synthetic")
package bench.synthetic.client;

import bench.synthetic.model.SyntheticApi;
import io.mailwright.model.GenerateClient;
'''


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    model = os.path.join(out, "bench", "synthetic", "model")
    client = os.path.join(out, "bench", "synthetic", "client")
    os.makedirs(model, exist_ok=True)
    os.makedirs(client, exist_ok=True)
    for i in range(n):
        with open(os.path.join(model, "CreateRecord%d.java" % i), "w") as f:
            f.write(ENDPOINT.format(i=i, g=i // 10))
    with open(os.path.join(model, "SyntheticApi.java"), "w") as f:
        f.write(ROOT.format(n=n, endpoints="\n".join("      CreateRecord%d.class," % i for i in range(n))))
    with open(os.path.join(client, "package-info.java"), "w") as f:
        f.write(TRIGGER)


if __name__ == "__main__":
    main()
