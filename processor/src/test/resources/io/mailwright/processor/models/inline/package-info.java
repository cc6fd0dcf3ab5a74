@GenerateClient(model = HelpdeskModel.class, name = "Helpdesk")
package com.example.inline;

import com.example.inline.model.HelpdeskModel;
import io.mailwright.model.GenerateClient;
