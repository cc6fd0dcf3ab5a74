@GenerateClient(model = ParcelModel.class, name = "Parcels")
package com.example.nested;

import com.example.nested.model.ParcelModel;
import io.mailwright.model.GenerateClient;
