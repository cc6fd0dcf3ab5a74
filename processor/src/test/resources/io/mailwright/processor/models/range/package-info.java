@GenerateClient(model = QuotaModel.class, name = "QuotasClient")
package com.example.range;

import com.example.range.model.QuotaModel;
import io.mailwright.model.GenerateClient;
