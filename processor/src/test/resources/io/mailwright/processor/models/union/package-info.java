@GenerateClient(model = ShelterModel.class, name = "Shelter")
package com.example.union;

import com.example.union.model.ShelterModel;
import io.mailwright.model.GenerateClient;
