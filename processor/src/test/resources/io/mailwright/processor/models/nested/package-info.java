@GenerateClient(model = ParcelModel.class, name = "ParcelsClient")
package com.example.nested;

import com.example.nested.model.ParcelModel;
import io.mailwright.model.GenerateClient;
