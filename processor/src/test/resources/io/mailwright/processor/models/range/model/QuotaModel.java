package com.example.range.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Range;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** @Range: a number's bounds, both (on a required Integer), a min alone, a max alone. */
@Api(title = "Quota API", baseUrl = "https://quotas.example.com/", endpoints = QuotaModel.SetQuota.class)
public interface QuotaModel {
  @Endpoint(method = POST, path = "/quotas", status = 201, resource = "quotas", operation = "set")
  interface SetQuota {
    @Body Quota quota();
  }

  @Shape
  @Doc("A quota.")
  interface Quota {
    @Required @Range(min = 1, max = 90) @Doc("Percent of the plan") Integer percent();
    @Range(min = 1) @Doc("How many requests") Long requests();
    @Range(max = 100) @Doc("The priority") Long priority();
  }
}
